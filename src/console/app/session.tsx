import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { Provider, useQuery } from "urql";
import { Result, Spin } from "antd";
import { graphql } from "../gql";
import type { ConsoleMeQuery } from "../gql/graphql";
import { createHubClient } from "./graphql-client";
import { adoptTokenFromAddress, currentToken, forgetToken, saveToken } from "./token";
import { SignIn } from "./sign-in";
import { refusalText } from "../components/graphql-error";

const ConsoleMe = graphql(`
  query ConsoleMe {
    me {
      sub
      name
      role
      expiresAt
      agency { id code name shortName }
    }
  }
`);

export type Me = ConsoleMeQuery["me"];

interface Session {
  me: Me;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: every screen below the session gate may rely on it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside <SessionGate>");
  return session;
}

adoptTokenFromAddress();

/**
 * Shows the sign-in form until the hub accepts a token (the `me` query answers), then the console.
 * A new token gets a new GraphQL client, so nothing cached for the previous person is shown.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(currentToken);
  const [refusal, setRefusal] = useState<string>();
  const client = useMemo(() => (token ? createHubClient() : null), [token]);
  const signIn = (value: string) => {
    saveToken(value);
    setRefusal(undefined);
    setToken(currentToken());
  };
  const signOut = useCallback((reason?: string) => {
    forgetToken();
    setRefusal(reason);
    setToken(null);
  }, []);
  if (!client) return <SignIn onSignIn={signIn} refusal={refusal} />;
  return (
    <Provider value={client} key={token}>
      <WhoAmI onRefused={signOut}>{children}</WhoAmI>
    </Provider>
  );
}

function WhoAmI({ children, onRefused }: { children: ReactNode; onRefused: (reason?: string) => void }) {
  const [{ data, error, fetching }] = useQuery({ query: ConsoleMe, requestPolicy: "network-only" });
  const session = useMemo(() => (data ? { me: data.me, signOut: () => onRefused() } : null), [data, onRefused]);
  const unauthenticated = Boolean(error && (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED") || error.response?.status === 401));
  useEffect(() => {
    if (unauthenticated) onRefused("令牌无效或已过期，请重新获取令牌后登录。");
  }, [unauthenticated, onRefused]);
  if (unauthenticated) return null;
  if (error) return <Result status="error" title="暂时无法使用联席会议工作台" subTitle={refusalText(error)} />;
  if (fetching || !session) return <Spin fullscreen description="正在确认身份…" />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
