import {
  CodeSnippet,
  Content,
  EmptyState,
  Link,
} from '@backstage/core-components';
import {
  EntityRefLink,
  EntityRefLinks,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import { Box, Typography, makeStyles } from '@material-ui/core';
import { useState } from 'react';
import { useGroupDirectory } from '../hooks/useExploreData';
import { GroupSummary, matchesGroup } from '../lib/groupDirectory';
import { AsyncView } from './AsyncView';
import { CardGrid } from './EntityCards';
import { ExploreCard } from './ExploreCard';
import { FilterField } from './FilterField';

/** How many owned entities a card lists before pointing to the group's page. */
const MAX_OWNED = 12;

const useStyles = makeStyles(theme => ({
  heading: { marginTop: theme.spacing(1.5), fontWeight: 600 },
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  contact: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1.5) },
}));

const GROUP_EXAMPLE = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments-team
  description: Owns card payments and the ledger.
  links:
    - url: https://chat.example.com/channels/payments
      title: '#payments'
      icon: chat
spec:
  type: team
  profile: { displayName: Payments Team, email: payments@example.com }
  children: []`;

function GroupCard(props: { group: GroupSummary }) {
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  const { group } = props;
  const owned = group.owns.slice(0, MAX_OWNED);
  return (
    <ExploreCard
      overline={['Group', group.type].filter(Boolean).join(' · ')}
      title={group.title}
      titleLink={entityLink(group.ref)}
      description={group.description}
      entityRef={group.ref}
    >
      {group.parentRef && (
        <Typography variant="body2" style={{ marginTop: 8 }}>
          Part of{' '}
          <EntityRefLink entityRef={group.parentRef} defaultKind="group" />
        </Typography>
      )}
      {group.childRefs.length > 0 && (
        <Typography variant="body2" style={{ marginTop: 8 }}>
          Groups in it:{' '}
          <EntityRefLinks entityRefs={group.childRefs} defaultKind="group" />
        </Typography>
      )}
      <Typography variant="body2" className={classes.heading}>
        Contact
      </Typography>
      {group.email || group.chatLinks.length > 0 ? (
        <Box className={classes.contact}>
          {group.email && (
            <Link to={`mailto:${group.email}`}>{group.email}</Link>
          )}
          {group.chatLinks.map(link => (
            <Link key={link.url} to={link.url}>
              {link.title}
            </Link>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          None listed (set spec.profile.email, or a metadata.links entry with
          icon: chat).
        </Typography>
      )}
      <Typography variant="body2" className={classes.heading}>
        Members ({group.members.length})
      </Typography>
      {group.members.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {group.childRefs.length > 0
            ? 'No direct members; see the groups in it.'
            : 'No members (users list their groups in spec.memberOf).'}
        </Typography>
      ) : (
        <ul className={classes.list} aria-label={`Members of ${group.title}`}>
          {group.members.map(member => (
            <li key={member.ref}>
              <Typography variant="body2">
                <EntityRefLink entityRef={member.ref} title={member.title} />
                {member.email && (
                  <>
                    {' '}
                    · <Link to={`mailto:${member.email}`}>{member.email}</Link>
                  </>
                )}
              </Typography>
            </li>
          ))}
        </ul>
      )}
      <Typography variant="body2" className={classes.heading}>
        Owns ({group.owns.length})
      </Typography>
      {group.owns.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Nothing yet (entities name their owner in spec.owner).
        </Typography>
      ) : (
        <Typography variant="body2" component="div">
          <EntityRefLinks entityRefs={owned} />
          {group.owns.length > owned.length && (
            <>
              {' '}
              and {group.owns.length - owned.length} more on{' '}
              <Link to={entityLink(group.ref)}>the group's page</Link>
            </>
          )}
        </Typography>
      )}
    </ExploreCard>
  );
}

function GroupList(props: { groups: GroupSummary[] }) {
  const [filter, setFilter] = useState('');
  if (props.groups.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No groups in the catalog yet"
        description="Teams are Group entities; people are User entities that name their groups in spec.memberOf. Add them to a catalog-info.yaml the catalog reads, or connect an organisation provider (GitHub, LDAP, Microsoft Entra ID). For example:"
        action={<CodeSnippet language="yaml" text={GROUP_EXAMPLE} />}
      />
    );
  }
  const shown = props.groups.filter(g => matchesGroup(g, filter));
  return (
    <>
      <FilterField
        label="Filter groups by name, member or email"
        placeholder="Name, member or email"
        value={filter}
        onChange={setFilter}
      />
      {shown.length === 0 ? (
        <Typography>No group matches “{filter}”.</Typography>
      ) : (
        <CardGrid>
          {shown.map(group => (
            <GroupCard key={group.ref} group={group} />
          ))}
        </CardGrid>
      )}
    </>
  );
}

/** /explore/groups: every group, who is in it, what it owns and how to reach it. */
export function GroupsDirectory() {
  const state = useGroupDirectory();
  return (
    <Content>
      <AsyncView state={state}>
        {groups => <GroupList groups={groups} />}
      </AsyncView>
    </Content>
  );
}
