/** The product mark: two flows converging on one node. Decorative; the name is always beside it. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="cs-logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#4c5bd4" />
      <path d="M7 9.5c5 0 6.5 6.5 11 6.5M7 22.5c5 0 6.5-6.5 11-6.5" stroke="#fff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
      <circle cx="7" cy="9.5" r="2" fill="#c7cdf7" />
      <circle cx="7" cy="22.5" r="2" fill="#c7cdf7" />
      <circle cx="22.5" cy="16" r="3.6" fill="#fff" />
    </svg>
  );
}
