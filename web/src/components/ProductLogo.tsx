/** The LicenseHub mark: an "L" beside a key bit, on the brand colour. */
export function ProductLogo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="6" fill="#ffffff" />
      <path d="M9 8h4v12h9v4H9z" fill="#0f6cbd" />
      <circle cx="22" cy="11" r="3" fill="#0f6cbd" />
    </svg>
  );
}
