import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRecord } from '../api/jsonShape';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}` },
  icon: { fontSize: '48px', display: 'flex', color: tokens.colorBrandForeground2 },
  title: { margin: 0 },
  message: { color: tokens.colorNeutralForeground2, maxWidth: '480px' },
});

/** The browser could not load a part of the app: its file is gone after an upgrade, or the network dropped. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|ChunkLoadError|Unable to preload CSS/i.test(message);
}

const RELOADED_KEY = 'licensehub.reloadedForUpdate';
/** One automatic reload per page within this window; a second failure is explained instead of looping. */
const RELOAD_WINDOW_MS = 60_000;

/** Reloads the page once when a part of the app failed to load (usually a newer version is on the server). */
function reloadOnce(): boolean {
  try {
    const last: unknown = JSON.parse(sessionStorage.getItem(RELOADED_KEY) ?? 'null');
    if (isRecord(last) && last.path === window.location.pathname && typeof last.at === 'number' && Date.now() - last.at < RELOAD_WINDOW_MS) return false;
    sessionStorage.setItem(RELOADED_KEY, JSON.stringify({ path: window.location.pathname, at: Date.now() }));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

function Explanation({ update }: { update: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <span className={styles.icon} aria-hidden>
        {update ? <ArrowClockwiseRegular /> : <ErrorCircleRegular />}
      </span>
      <Text as="h1" size={600} weight="semibold" className={styles.title}>
        {update ? 'LicenseHub was updated — reload' : 'Something went wrong on this page'}
      </Text>
      <Text className={styles.message}>
        {update
          ? 'A part of LicenseHub could not be loaded, usually because a newer version was installed while this tab was open, or the network dropped for a moment. Reload to continue.'
          : 'LicenseHub ran into a problem showing this page. Reload to try again; if it keeps happening, tell your administrator what you were doing.'}
      </Text>
      <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={() => window.location.reload()}>
        Reload
      </Button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the path) clears the error, so going elsewhere in the app works again. */
  resetKey?: string;
}

interface State {
  error: unknown;
  resetKey: string | undefined;
}

/**
 * Catches what a page throws while rendering, so one broken page or a part of the app that could not
 * be downloaded never leaves a blank window. A failed download reloads the page once by itself.
 */
export class AppErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    if (isChunkLoadError(error) && reloadOnce()) return;
    console.error('LicenseHub page error', error, info.componentStack);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return <Explanation update={isChunkLoadError(this.state.error)} />;
  }
}
