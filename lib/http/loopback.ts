/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. `hostname` as URL gives it ("[::1]" or "::1"). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
