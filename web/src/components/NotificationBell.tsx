import {
  Button,
  CounterBadge,
  Link as FluentLink,
  makeStyles,
  mergeClasses,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../api/client';
import { toApiError } from '../api/client';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead, type NotificationPage } from '../api/notifications';
import { ErrorMessage } from './ErrorMessage';
import { formatDateTime } from './formatting';

/** How often the count is refreshed while the page is open. */
const POLL_MS = 60_000;

const useStyles = makeStyles({
  trigger: { position: 'relative', color: tokens.colorNeutralForegroundOnBrand, minWidth: 'auto', ':hover': { color: tokens.colorNeutralForegroundOnBrand } },
  badge: { position: 'absolute', top: '2px', right: '0px' },
  screenReaderOnly: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
  surface: { width: '380px', maxWidth: '90vw', padding: 0, display: 'flex', flexDirection: 'column' },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '420px', overflowY: 'auto' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: 'transparent',
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  unread: { backgroundColor: tokens.colorBrandBackground2 },
  body: { color: tokens.colorNeutralForeground2 },
  time: { color: tokens.colorNeutralForeground3 },
  footer: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

/**
 * The bell in the top bar: the count of unread notifications, and a panel of
 * the latest ones (the same items the emails announce). Choosing one marks it
 * read and opens the page where to act.
 */
export function NotificationBell() {
  const styles = useStyles();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState<NotificationPage>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (signal?: AbortSignal) => {
    setLoading(true);
    try {
      setPage(await listMyNotifications({ limit: 20 }, signal));
      setError(undefined);
    } catch (failure) {
      if (!signal?.aborted) setError(toApiError(failure));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    const timer = window.setInterval(() => void load(controller.signal), POLL_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [load]);

  const unread = page?.unread ?? 0;

  const openItem = async (id: string, link: string, read: boolean) => {
    setOpen(false);
    if (!read) await markNotificationRead(id).catch(() => undefined);
    void load();
    navigate(link);
  };

  const markAll = async () => {
    try {
      await markAllNotificationsRead();
      await load();
    } catch (failure) {
      setError(toApiError(failure));
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) void load();
      }}
      positioning="below-end"
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={styles.trigger}
          icon={<AlertRegular fontSize={20} />}
          aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        >
          {unread > 0 && <CounterBadge className={styles.badge} count={unread} overflowCount={99} size="medium" color="danger" aria-hidden />}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label="Notifications">
        <div className={styles.header}>
          <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
            Notifications
          </Text>
          <Button appearance="subtle" size="small" disabled={!unread} onClick={markAll}>
            Mark all as read
          </Button>
        </div>
        <ErrorMessage error={error} title="Couldn't load your notifications" />
        {!page && loading && <Spinner size="tiny" label="Loading…" className={styles.empty} />}
        {page && page.items.length === 0 && <Text className={styles.empty}>Nothing yet. You'll see license requests, seats running out and expiring licenses here.</Text>}
        {page && page.items.length > 0 && (
          <ul className={styles.list} aria-label={`${unread} unread`}>
            {page.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, !item.readAt && styles.unread)}
                  onClick={() => openItem(item.id, item.link, item.readAt !== null)}
                >
                  {/* The name is what the item shows (WCAG 2.5.3), with "Unread" and where it leads for screen readers. */}
                  {!item.readAt && <span className={styles.screenReaderOnly}>Unread: </span>}
                  <Text weight={item.readAt ? 'regular' : 'semibold'}>{item.title}</Text>
                  <span className={styles.screenReaderOnly}>{`. ${item.linkLabel}. `}</span>
                  <Text size={200} className={styles.body}>
                    {item.body}
                  </Text>
                  <Text size={200} className={styles.time}>
                    {formatDateTime(item.createdAt)}
                  </Text>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.footer}>
          <FluentLink
            href="/account/notifications"
            onClick={(event) => {
              event.preventDefault();
              setOpen(false);
              navigate('/account/notifications');
            }}
          >
            Email settings
          </FluentLink>
        </div>
      </PopoverSurface>
    </Popover>
  );
}
