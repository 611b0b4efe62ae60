/** The demo organizations: two publishers and twenty customers across many countries. */

export interface DemoTenant {
  name: string;
  domain: string;
  country: string;
  publisher?: { partnerId: string };
  /** How many ordinary users besides the admins. */
  staff: number;
}

export const DEMO_PUBLISHERS: DemoTenant[] = [
  { name: 'Fabrikam Software', domain: 'fabrikam.example', country: 'US', publisher: { partnerId: '4412001' }, staff: 6 },
  { name: 'Northwind Apps', domain: 'northwind.example', country: 'GB', publisher: { partnerId: '5523002' }, staff: 5 },
];

export const DEMO_CUSTOMERS: DemoTenant[] = [
  { name: 'Contoso Ltd', domain: 'contoso.example', country: 'US', staff: 18 },
  { name: 'Adatum Corporation', domain: 'adatum.example', country: 'US', staff: 12 },
  { name: 'Humongous Insurance', domain: 'humongousinsurance.example', country: 'US', staff: 10 },
  { name: 'Tailspin Toys', domain: 'tailspin.example', country: 'CA', staff: 9 },
  { name: 'Woodgrove Bank', domain: 'woodgrove.example', country: 'GB', staff: 14 },
  { name: 'Litware Inc', domain: 'litware.example', country: 'DE', staff: 12 },
  { name: 'Proseware', domain: 'proseware.example', country: 'FR', staff: 8 },
  { name: 'Lucerne Publishing', domain: 'lucerne.example', country: 'CH', staff: 7 },
  { name: "Margie's Travel", domain: 'margiestravel.example', country: 'ES', staff: 8 },
  { name: 'Wingtip Toys', domain: 'wingtip.example', country: 'AU', staff: 9 },
  { name: 'Alpine Ski House', domain: 'alpineskihouse.example', country: 'AT', staff: 6 },
  { name: 'Coho Winery', domain: 'cohowinery.example', country: 'IT', staff: 6 },
  { name: 'Fourth Coffee', domain: 'fourthcoffee.example', country: 'NL', staff: 8 },
  { name: 'Trey Research', domain: 'treyresearch.example', country: 'JP', staff: 10 },
  { name: 'Relecloud', domain: 'relecloud.example', country: 'BR', staff: 9 },
  { name: 'VanArsdel Ltd', domain: 'vanarsdel.example', country: 'IN', staff: 11 },
  { name: 'Wide World Importers', domain: 'wideworldimporters.example', country: 'SE', staff: 8 },
  { name: 'Graphic Design Institute', domain: 'graphicdesign.example', country: 'IE', staff: 6 },
  { name: 'Best For You Organics', domain: 'bestforyou.example', country: 'MX', staff: 7 },
  { name: 'Southridge Video', domain: 'southridge.example', country: 'ZA', staff: 6 },
];

export const FIRST_NAMES = [
  'Alex', 'Megan', 'Lee', 'Adele', 'Diego', 'Isaiah', 'Johanna', 'Lidia', 'Lynne', 'Miriam', 'Nestor', 'Patti', 'Pradeep', 'Grady',
  'Henrietta', 'Irvin', 'Joni', 'Christie', 'Ana', 'Kenji', 'Priya', 'Sofia', 'Lars', 'Chloe', 'Mateo', 'Amara', 'Yuki', 'Omar',
];
export const LAST_NAMES = [
  'Wilber', 'Bowen', 'Gu', 'Vance', 'Siciliani', 'Langer', 'Kirk', 'Holloway', 'Robbins', 'Graham', 'Wilke', 'Fernandez',
  'Gupta', 'Archie', 'Mueller', 'Sherman', 'Sherer', 'Cline', 'Souza', 'Tanaka', 'Nair', 'Rossi', 'Berg', 'Martin', 'Silva',
];

/** Groups every demo customer gets; "Field Technicians" is nested inside "Operations". */
export const DEMO_GROUPS = [
  { name: 'All Staff', description: 'Everyone in the organization' },
  { name: 'Operations', description: 'Operations department, including field technicians' },
  { name: 'Field Technicians', description: 'Technicians who work on customer sites' },
  { name: 'Sales', description: 'Account managers and sales support' },
];
