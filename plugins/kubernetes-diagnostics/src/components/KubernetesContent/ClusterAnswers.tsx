import { Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import {
  AnswerText,
  describeAnswer,
  describeProblem,
  describeScope,
} from '../../lib/describe';
import { ClusterDiagnosis, KubernetesDiagnosis } from '../../lib/diagnose';
import { AnswerStatus } from './AnswerStatus';

interface Row {
  id: string;
  cluster: ClusterDiagnosis;
  answers: AnswerText[];
  note?: string;
}

function Details({ row }: { row: Row }) {
  return (
    <>
      {row.answers.map((answer, i) => (
        <div key={i}>
          {i > 0 && <AnswerStatus answer={answer} />}
          <Typography variant="body2">{answer.detail}</Typography>
          {answer.hint && (
            <Typography variant="caption" color="textSecondary">
              {answer.hint}
            </Typography>
          )}
        </div>
      ))}
      {row.note && (
        <Typography variant="caption" display="block" color="textSecondary">
          {row.note}
        </Typography>
      )}
    </>
  );
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Cluster',
    field: 'cluster.title',
    highlight: true,
    width: '20%',
  },
  {
    title: 'Answer',
    width: '20%',
    render: row => <AnswerStatus answer={row.answers[0]} />,
  },
  { title: 'Details', render: row => <Details row={row} /> },
];

function rowOf(cluster: ClusterDiagnosis, diagnosis: KubernetesDiagnosis): Row {
  const first = describeAnswer(cluster, diagnosis.query);
  // Problems beside found objects, or after the first of a failed cluster.
  const others = cluster.problems
    .slice(cluster.outcome === 'failed' ? 1 : 0)
    .map(problem => describeProblem(cluster, problem));
  let note: string | undefined;
  if (cluster.outcome === 'failed' && cluster.answeredResourceTypes > 0) {
    note = `The other ${cluster.answeredResourceTypes} resource types answered, with no object matching ${diagnosis.query.labelSelector}.`;
  }
  return { id: cluster.name, cluster, answers: [first, ...others], note };
}

/** One row per cluster the Kubernetes backend asked: what it answered and what to do. */
export function ClusterAnswers({
  diagnosis,
}: {
  diagnosis: KubernetesDiagnosis;
}) {
  const { query, clusters } = diagnosis;
  return (
    <Table<Row>
      title="Clusters asked"
      subtitle={`For objects with labels ${query.labelSelector} ${describeScope(
        query,
      )} (from ${query.source})`}
      columns={columns}
      data={clusters.map(c => rowOf(c, diagnosis))}
      options={{
        paging: false,
        search: false,
        sorting: false,
        padding: 'dense',
      }}
    />
  );
}
