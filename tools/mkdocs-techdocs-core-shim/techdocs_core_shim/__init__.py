"""A minimal stand-in for the `techdocs-core` MkDocs plugin.

Real repositories' mkdocs.yml files say `plugins: [techdocs-core]` and set no
theme. Where PyPI is reachable, `pip install mkdocs-techdocs-core` is the real
thing; where it is not, this plugin does the part TechDocs' reader needs: the
Material theme, the Markdown extensions techdocs-core enables by default and
MkDocs' search index (which the TechDocs search collator reads).
It is found through PYTHONPATH (scripts set it), no installation needed.
"""
from mkdocs.contrib.search import SearchPlugin
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
        # As techdocs-core: MkDocs' search plugin writes search/search_index.json,
        # which the search backend's TechDocs collator indexes. (A plugin added
        # here still gets its on_config call: MkDocs iterates the live list.)
        if "search" not in config["plugins"]:
            search = SearchPlugin()
            search.load_config({})
            config["plugins"]["search"] = search
        return config
