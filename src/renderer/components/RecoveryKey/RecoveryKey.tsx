import { Text } from '@mantine/core';
import { Fragment } from 'react';
import classes from './RecoveryKey.module.css';
import { recoveryKeyGroups } from './recoveryKeyGroups';

/** The recovery key, large, in groups; copied text keeps a space between groups. */
export function RecoveryKey({ value, label }: { value: string; label: string }) {
  const groups = recoveryKeyGroups(value);
  return (
    <figure className={classes.figure}>
      <Text component="figcaption" fw={600} mb="xs">
        {label}
      </Text>
      <p className={classes.key} data-testid="recovery-key">
        {groups.map((group, index) => (
          <Fragment key={index}>
            {index > 0 ? ' ' : null}
            <span className={classes.group}>{group}</span>
          </Fragment>
        ))}
      </p>
    </figure>
  );
}
