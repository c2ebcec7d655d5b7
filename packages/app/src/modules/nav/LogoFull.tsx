import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  title: {
    color: '#fff',
    fontSize: 17,
    fontWeight: 700,
    lineHeight: 1.15,
    // Long company names wrap onto a second line instead of widening the drawer.
    maxWidth: 170,
    display: 'block',
  },
});

/** The company's portal name (`app.title`), shown when the sidebar is open. */
export const LogoFull = () => {
  const classes = useStyles();
  const title =
    useApi(configApiRef).getOptionalString('app.title') ?? 'Developer Portal';
  return <span className={classes.title}>{title}</span>;
};
