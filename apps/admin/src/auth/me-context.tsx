import { type Accessor, createContext, type JSX, useContext } from 'solid-js';
import { hasPermission, type Me } from './me';

interface MeContextValue {
  me: Accessor<Me>;
  can: (permission: string) => boolean;
}

const MeContext = createContext<MeContextValue>();

/** Provides the signed-in user to the pages under `SignedIn`. */
export function MeProvider(props: { me: Me; children: JSX.Element }): JSX.Element {
  const value: MeContextValue = {
    me: () => props.me,
    can: (permission) => hasPermission(props.me, permission),
  };
  return <MeContext.Provider value={value}>{props.children}</MeContext.Provider>;
}

/** The signed-in user and a permission check; must be used within `MeProvider` (under `SignedIn`). */
export function useMe(): MeContextValue {
  const context = useContext(MeContext);
  if (!context) throw new Error('useMe must be used within MeProvider');
  return context;
}
