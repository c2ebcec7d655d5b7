import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { GitSourceFile } from '../../api';
import { errorLocation, shortenMessage } from '../../lib/errorLocation';

const useStyles = makeStyles(theme => ({
  error: {
    '& + &': { marginTop: theme.spacing(1.5) },
  },
  where: {
    color: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  message: {
    margin: 0,
    marginTop: theme.spacing(0.5),
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
  },
}));

/**
 * The processing errors of one catalog file: where in the file (a link to
 * that line when the file has a web page), on which entity, and the message
 * with its code frame.
 */
export function FileErrors(props: {
  file: GitSourceFile;
  lineUrl?: (line: number) => string | undefined;
}) {
  const { file, lineUrl } = props;
  const classes = useStyles();
  if (file.errors.length === 0) {
    return <Typography variant="body2">—</Typography>;
  }
  return (
    <Box>
      {file.errors.map((error, index) => {
        const location = errorLocation(error.message);
        const where = location
          ? `line ${location.line}${
              location.column ? `, column ${location.column}` : ''
            }`
          : undefined;
        const href = location && lineUrl?.(location.line);
        const message = shortenMessage(error.message, file);
        return (
          <div
            key={`${error.entityRef}-${index}`}
            className={classes.error}
            data-testid="file-error"
          >
            <Typography variant="body2" component="div">
              {where &&
                (href ? (
                  <Link to={href} className={classes.where}>
                    {where}
                  </Link>
                ) : (
                  <span className={classes.where}>{where}</span>
                ))}
              {where && ' · '}
              {error.name && !message.includes(error.name)
                ? `${error.name} on `
                : 'on '}
              <code>{error.entityRef}</code>
            </Typography>
            <pre className={classes.message}>{message}</pre>
          </div>
        );
      })}
    </Box>
  );
}
