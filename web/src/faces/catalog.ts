import {
  PersonKey20Filled,
  PersonKey20Regular,
  Apps20Filled,
  Apps20Regular,
  AppsList20Filled,
  AppsList20Regular,
  Building20Filled,
  Building20Regular,
  BuildingMultiple20Filled,
  BuildingMultiple20Regular,
  bundleIcon,
  Box20Filled,
  Box20Regular,
  Certificate20Filled,
  Certificate20Regular,
  DataBarVertical20Filled,
  DataBarVertical20Regular,
  Handshake20Filled,
  Handshake20Regular,
  MailInbox20Filled,
  MailInbox20Regular,
  PeopleLink20Filled,
  PeopleLink20Regular,
  ReceiptMoney20Filled,
  ReceiptMoney20Regular,
  Ribbon20Filled,
  Ribbon20Regular,
  Server20Filled,
  Server20Regular,
  History20Filled,
  History20Regular,
  Home20Filled,
  Home20Regular,
  KeyMultiple20Filled,
  KeyMultiple20Regular,
  People20Filled,
  People20Regular,
  PeopleTeam20Filled,
  PeopleTeam20Regular,
  PersonMail20Filled,
  PlugConnected20Filled,
  PlugConnected20Regular,
  PersonMail20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { Session } from '../api/auth';
import {
  anySignedInUser,
  licenseAssigner,
  directoryWriter,
  operator,
  publisher,
  publisherReader,
  tenantAdmin,
  type AccessRule,
} from '../session/access';

/** Nav icons: outlined, filled when their page is selected. */
const HomeIcon = bundleIcon(Home20Filled, Home20Regular);
const UsersIcon = bundleIcon(People20Filled, People20Regular);
const GroupsIcon = bundleIcon(PeopleTeam20Filled, PeopleTeam20Regular);
const AuditIcon = bundleIcon(History20Filled, History20Regular);
const IdentityIcon = bundleIcon(PersonKey20Filled, PersonKey20Regular);
const AccountIcon = bundleIcon(Building20Filled, Building20Regular);
const MarketplaceIcon = bundleIcon(AppsList20Filled, AppsList20Regular);
const MyAppsIcon = bundleIcon(Apps20Filled, Apps20Regular);
const TenantsIcon = bundleIcon(BuildingMultiple20Filled, BuildingMultiple20Regular);
const TokensIcon = bundleIcon(KeyMultiple20Filled, KeyMultiple20Regular);
const LicensesIcon = bundleIcon(Certificate20Filled, Certificate20Regular);
const EnvironmentsIcon = bundleIcon(Server20Filled, Server20Regular);
const RequestsIcon = bundleIcon(MailInbox20Filled, MailInbox20Regular);
const RelationshipsIcon = bundleIcon(Handshake20Filled, Handshake20Regular);
const ProgramIcon = bundleIcon(Ribbon20Filled, Ribbon20Regular);
const OffersIcon = bundleIcon(Box20Filled, Box20Regular);
const CustomersIcon = bundleIcon(PeopleLink20Filled, PeopleLink20Regular);
const DealsIcon = bundleIcon(ReceiptMoney20Filled, ReceiptMoney20Regular);
const ReportsIcon = bundleIcon(DataBarVertical20Filled, DataBarVertical20Regular);
const LeadsIcon = bundleIcon(PersonMail20Filled, PersonMail20Regular);
const WebhooksIcon = bundleIcon(PlugConnected20Filled, PlugConnected20Regular);

export interface FacePage {
  label: string;
  path: string;
  icon: FluentIcon;
  /** Listed only for those it allows (beyond the face's own rule); the page itself says what is needed. */
  access?: AccessRule;
}

/** One face of LicenseHub: who may use it and the pages in its left navigation. */
export interface Face {
  id: 'apps' | 'admin' | 'partner' | 'marketplace' | 'operator' | 'account';
  name: string;
  basePath: string;
  /** 'public': open to anyone, signed in or not. */
  access: AccessRule | 'public';
  /** Listed in the top bar's face switcher (the account face is reached from the user menu). */
  inSwitcher: boolean;
  pages: FacePage[];
}

export const FACES: Face[] = [
  {
    id: 'apps',
    name: 'My apps',
    basePath: '/apps',
    access: anySignedInUser,
    inSwitcher: true,
    pages: [{ label: 'My apps', path: '/apps', icon: MyAppsIcon }],
  },
  {
    id: 'admin',
    name: 'Admin Center',
    basePath: '/admin',
    access: tenantAdmin,
    inSwitcher: true,
    pages: [
      { label: 'Home', path: '/admin', icon: HomeIcon },
      { label: 'Users', path: '/admin/users', icon: UsersIcon },
      { label: 'Groups', path: '/admin/groups', icon: GroupsIcon },
      { label: 'Licenses', path: '/admin/licenses', icon: LicensesIcon },
      { label: 'Environments', path: '/admin/environments', icon: EnvironmentsIcon },
      { label: 'License requests', path: '/admin/license-requests', icon: RequestsIcon, access: licenseAssigner },
      { label: 'Publishers', path: '/admin/relationships', icon: RelationshipsIcon },
      { label: 'Identity', path: '/admin/identity', icon: IdentityIcon, access: directoryWriter },
      { label: 'Audit log', path: '/admin/audit', icon: AuditIcon },
    ],
  },
  {
    id: 'partner',
    name: 'Partner Center',
    basePath: '/partner',
    access: publisher,
    inSwitcher: true,
    pages: [
      { label: 'Home', path: '/partner', icon: HomeIcon },
      { label: 'Account', path: '/partner/account', icon: AccountIcon },
      { label: 'Partner program', path: '/partner/program', icon: ProgramIcon },
      { label: 'Offers', path: '/partner/offers', icon: OffersIcon },
      { label: 'Customers', path: '/partner/customers', icon: CustomersIcon, access: publisherReader },
      { label: 'Deals', path: '/partner/deals', icon: DealsIcon, access: publisherReader },
      { label: 'Reports', path: '/partner/reports', icon: ReportsIcon, access: publisherReader },
      { label: 'Leads', path: '/partner/leads', icon: LeadsIcon },
      { label: 'Webhooks', path: '/partner/webhooks', icon: WebhooksIcon, access: publisherReader },
    ],
  },
  {
    id: 'marketplace',
    name: 'Marketplace',
    basePath: '/marketplace',
    access: 'public',
    inSwitcher: true,
    pages: [{ label: 'Browse apps', path: '/marketplace', icon: MarketplaceIcon }],
  },
  {
    id: 'operator',
    name: 'Operator',
    basePath: '/operator',
    access: operator,
    inSwitcher: true,
    pages: [
      { label: 'Tenants', path: '/operator/tenants', icon: TenantsIcon },
      { label: 'Partner program', path: '/operator/program', icon: ProgramIcon },
    ],
  },
  {
    id: 'account',
    name: 'My account',
    basePath: '/account',
    access: anySignedInUser,
    inSwitcher: false,
    pages: [{ label: 'API tokens', path: '/account/api-tokens', icon: TokensIcon }],
  },
];

export function canUseFace(face: Face, session: Session | null): boolean {
  if (face.access === 'public') return true;
  return session !== null && face.access.allows(session);
}

/** The face's pages this session may see in the navigation. */
export const visiblePages = (face: Face, session: Session | null): FacePage[] =>
  face.pages.filter((page) => !page.access || (session !== null && page.access.allows(session)));

const isUnder = (pathname: string, basePath: string) => pathname === basePath || pathname.startsWith(`${basePath}/`);

export const faceAt = (pathname: string): Face | undefined => FACES.find((face) => isUnder(pathname, face.basePath));

/** The nav entry to highlight: the longest page path that contains the current location. */
export function pageAt(face: Face, pathname: string): FacePage | undefined {
  return face.pages.filter((page) => isUnder(pathname, page.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * Where a signed-in user lands: the first face made for them. Operators in the Operator console,
 * publisher staff in Partner Center (their tenant's admins too: the Admin Center is a click away),
 * customer admins in the Admin Center, everyone else in My apps.
 */
export function homePathFor(session: Session): string {
  const preferred = ['operator', 'partner', 'admin'].map((id) => FACES.find((face) => face.id === id)!);
  return preferred.find((face) => canUseFace(face, session))?.pages[0]?.path ?? '/apps';
}
