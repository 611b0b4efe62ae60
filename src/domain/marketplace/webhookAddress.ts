import ipaddr from 'ipaddr.js';

/**
 * Lead webhooks are URLs publishers type in, fetched from inside the
 * platform's network: without a check, a publisher could make LicenseHub POST
 * to its own admin ports or a cloud metadata service. Only ordinary public
 * unicast addresses are allowed (ipaddr.js's range table: private, loopback,
 * link-local, carrier-grade NAT, reserved, documentation, benchmarking,
 * multicast, discard, ORCHID, site-local … are all refused). IPv6 forms that
 * carry an IPv4 address — IPv4-mapped and -compatible, SIIT's IPv4-translated,
 * NAT64 (64:ff9b::/96), 6to4 (2002::/16), ISATAP interface ids — count as the
 * IPv4 address they reach; Teredo and local-use NAT64 are refused outright.
 */
export function isNonPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() !== 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded === 'refuse') return true;
  if (embedded) return embedded.range() !== 'unicast';
  return v6.range() !== 'unicast';
}

/** The IPv4 address an IPv6 address stands for, 'refuse' for tunnels we do not follow, or null. */
function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | 'refuse' | null {
  const p = v6.parts;
  const low32 = () => new ipaddr.IPv4([p[6]! >> 8, p[6]! & 0xff, p[7]! >> 8, p[7]! & 0xff]);
  switch (v6.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d, and ipaddr.js also files ::a.b.c.d (IPv4-compatible) here
    case 'rfc6145': // ::ffff:0:a.b.c.d (SIIT)
      return low32();
    case 'rfc6052': // 64:ff9b::a.b.c.d; the local-use 64:ff9b:1::/48 is private by definition
      return p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0 ? low32() : 'refuse';
    case '6to4': // 2002:AABB:CCDD::/48 carries a.b.c.d in bits 16–47
      return new ipaddr.IPv4([p[1]! >> 8, p[1]! & 0xff, p[2]! >> 8, p[2]! & 0xff]);
    case 'teredo': // the client's address is obfuscated and the server is a relay: never
      return 'refuse';
  }
  // IPv4-compatible (::a.b.c.d) outside ipaddr.js's table, and ISATAP interface ids (…:0:5efe:a.b.c.d, …:200:5efe:a.b.c.d).
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7]! > 1)) return low32();
  if ((p[4] === 0 || p[4] === 0x200) && p[5] === 0x5efe) return low32();
  return null;
}
