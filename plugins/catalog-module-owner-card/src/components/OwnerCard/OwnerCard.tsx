import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Link,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  catalogApiRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  OwnerLookup,
  chatLinks,
  email,
  findOwnerRef,
  lookUpOwner,
} from '../../lib/owner';

const Row = (props: { label: string; children: ReactNode }) => (
  <Box mb={1}>
    <Typography variant="overline" component="div" color="textSecondary">
      {props.label}
    </Typography>
    <Typography variant="body2" component="div">
      {props.children}
    </Typography>
  </Box>
);

const Found = ({
  lookup,
}: {
  lookup: Extract<OwnerLookup, { state: 'found' }>;
}) => {
  const { owner, members, parent } = lookup;
  const isUser = owner.kind.toLocaleLowerCase('en-US') === 'user';
  const mail = email(owner);
  const chats = chatLinks(owner);
  return (
    <>
      <Row label={isUser ? 'Owner (a person)' : 'Owning group'}>
        <EntityRefLink entityRef={owner} hideIcon />
        {owner.metadata.description && (
          <Typography variant="body2" color="textSecondary">
            {owner.metadata.description}
          </Typography>
        )}
      </Row>
      <Row label="Contact">
        {!mail && chats.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            No e-mail or chat link: add spec.profile.email or a chat link
            (metadata.links) to {lookup.ownerRef}.
          </Typography>
        )}
        {mail && (
          <div>
            <Link to={`mailto:${mail}`}>{mail}</Link>
          </div>
        )}
        {chats.map(link => (
          <div key={link.url}>
            <Link to={link.url}>{link.title ?? link.url}</Link>
          </div>
        ))}
      </Row>
      {!isUser && (
        <Row label="Part of">
          {parent ? (
            <EntityRefLink entityRef={parent} hideIcon />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No parent group
            </Typography>
          )}
        </Row>
      )}
      <Row
        label={
          isUser
            ? `Member of (${members.length})`
            : `Members (${members.length})`
        }
      >
        {members.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {isUser ? 'No groups' : 'No members listed in the catalog'}
          </Typography>
        ) : (
          members.map((member, index) => (
            <span key={member.metadata.uid ?? member.metadata.name}>
              {index > 0 && ', '}
              <EntityRefLink entityRef={member} hideIcon />
            </span>
          ))
        )}
      </Row>
    </>
  );
};

/**
 * Who owns this entity: the owning group (linked), how to reach it, who is
 * in it and which group it belongs to; or what to fix when the entity has
 * no owner or its owner is not in the catalog.
 */
export const OwnerCard = () => {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const ownerRef = findOwnerRef(entity);
  const { value, loading, error } = useAsync(
    () => lookUpOwner(catalogApi, ownerRef),
    [catalogApi, ownerRef],
  );

  let content: ReactNode;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <WarningPanel
        severity="error"
        title="Could not load the owner"
        message={`The catalog did not answer for ${ownerRef}: ${error.message}`}
      />
    );
  } else if (!value || value.state === 'no-owner') {
    content = (
      <Typography variant="body2">
        This {entity.kind.toLocaleLowerCase('en-US')} has no owner. Set
        spec.owner in its catalog-info.yaml to the group responsible for it.
      </Typography>
    );
  } else if (value.state === 'not-in-catalog') {
    content = (
      <Typography variant="body2">
        Owner {value.ownerRef} is not in the catalog — add it in org.yaml (the
        file that lists your organisation's groups and users), or correct
        spec.owner.
      </Typography>
    );
  } else {
    content = <Found lookup={value} />;
  }
  return <InfoCard title="Owner">{content}</InfoCard>;
};
