"""A minimal stand-in for the `techdocs-core` MkDocs plugin.

Real repositories' mkdocs.yml files say `plugins: [techdocs-core]` and set no
theme. Where PyPI is reachable, `pip install mkdocs-techdocs-core` is the real
thing; where it is not, this plugin does the part TechDocs' reader needs: the
Material theme and the Markdown extensions techdocs-core enables by default.
It is found through PYTHONPATH (scripts set it), no installation needed.
"""
from mkdocs.plugins import BasePlugin
from mkdocs.theme import Theme

DEFAULT_EXTENSIONS = [
    "admonition",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
    "pymdownx.tabbed",
    "pymdownx.tasklist",
    "pymdownx.highlight",
    "pymdownx.inlinehilite",
]


class TechDocsCoreShim(BasePlugin):
    def on_config(self, config):
        theme = config["theme"]
        if getattr(theme, "name", None) != "material":
            config["theme"] = Theme(name="material")
        # Material's default fonts come from Google Fonts, and TechDocs keeps a
        # page hidden until every stylesheet has loaded: where that host is not
        # reachable (offline, locked-down networks) every page stays blank.
        # System fonts cost nothing and never block.
        config["theme"]["font"] = False
        extensions = config["markdown_extensions"]
        for extension in DEFAULT_EXTENSIONS:
            if extension not in extensions:
                extensions.append(extension)
        # TechDocs' reader provides its own search; MkDocs' would add a second one.
        config["plugins"].pop("search", None)
        return config
