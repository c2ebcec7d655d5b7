import { Link } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { orderedJobs } from './jobs';

/** Create, Manage and Explore, in the order of `portal.adoption.strategy`; the first is emphasised. */
export function PortalJobs() {
  const config = useApi(configApiRef);
  const jobs = orderedJobs(
    config.getOptionalString('portal.adoption.strategy'),
  );
  return (
    <Grid container spacing={2} data-testid="portal-jobs">
      {jobs.map((job, index) => (
        <Grid item xs={12} md={index === 0 ? 6 : 3} key={job.id}>
          <Card
            variant={index === 0 ? 'elevation' : 'outlined'}
            raised={index === 0}
          >
            <CardContent>
              <Typography variant={index === 0 ? 'h4' : 'h5'} component="h2">
                {job.title}
              </Typography>
              <Box my={1}>
                <Typography variant="body2">{job.description}</Typography>
              </Box>
              <Link to={job.link.to}>{job.link.label}</Link>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
