import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { parseOwnerRef } from '../../lib/ownerRef';

/** Kinds that are owners themselves and have no owner of their own. */
const OWNERLESS_KINDS = ['group', 'user', 'location'];

function capitalize(value: string): string {
  return value
    ? value.charAt(0).toLocaleUpperCase('en-US') + value.slice(1)
    : value;
}

/**
 * The facts every result names: its kind (and type, lifecycle) and its
 * owner, the owner linking to the owner's entity page.
 */
export const ResultFacts = (props: {
  kind?: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  namespace?: string;
}) => {
  const { kind, type, lifecycle, owner, namespace } = props;
  const ownerRef = parseOwnerRef(owner, namespace);
  const ownerless = OWNERLESS_KINDS.includes(
    (kind ?? '').toLocaleLowerCase('en-US'),
  );
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
      data-testid="search-result-facts"
    >
      {kind && <Chip size="small" label={`Kind: ${capitalize(kind)}`} />}
      {type && type !== 'other' && (
        <Chip size="small" label={`Type: ${type}`} />
      )}
      {lifecycle && <Chip size="small" label={`Lifecycle: ${lifecycle}`} />}
      {ownerRef && (
        <Typography variant="body2" component="span">
          Owner:{' '}
          <EntityRefLink
            entityRef={ownerRef}
            defaultKind="group"
            hideIcon
            disableTooltip
          />
        </Typography>
      )}
      {!ownerRef && !ownerless && (
        <Typography variant="body2" component="span" color="textSecondary">
          No owner
        </Typography>
      )}
    </Box>
  );
};
