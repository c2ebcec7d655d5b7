import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  badge: {
    width: 32,
    height: 32,
    borderRadius: 8,
    background: '#7df3e1',
    color: '#171717',
    fontWeight: 700,
    fontSize: 14,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  },
});

/** Initials of `app.title` ("Northwind Developer Portal" → "ND"), for the collapsed sidebar. */
export function initialsOf(title: string): string {
  return title
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map(word => word[0]!.toUpperCase())
    .join('');
}

export const LogoIcon = () => {
  const classes = useStyles();
  const title =
    useApi(configApiRef).getOptionalString('app.title') ?? 'Developer Portal';
  return (
    <span className={classes.badge} aria-hidden>
      {initialsOf(title)}
    </span>
  );
};
