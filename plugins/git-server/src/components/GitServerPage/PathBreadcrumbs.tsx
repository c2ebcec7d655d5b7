import { Breadcrumbs, Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useContentsLink } from '../../lib/links';

/** The repository root and each folder above the shown path, as links. */
export function PathBreadcrumbs(props: {
  name: string;
  branch: string;
  path: string;
}) {
  const { name, branch, path } = props;
  const link = useContentsLink();
  const segments = path ? path.split('/') : [];
  const crumbs = [
    { label: name, path: '' },
    ...segments.map((segment, i) => ({
      label: segment,
      path: segments.slice(0, i + 1).join('/'),
    })),
  ];
  const last = crumbs.pop()!;
  return (
    <Breadcrumbs aria-label="Path">
      {crumbs.map(crumb => (
        <Link
          key={crumb.path}
          to={link(name, { ref: branch, path: crumb.path })}
        >
          {crumb.label}
        </Link>
      ))}
      <Typography color="textPrimary">{last.label}</Typography>
    </Breadcrumbs>
  );
}
