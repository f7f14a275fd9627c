/**
 * Browser mode opens from a link carrying the run's token (ARCHITECTURE.md contract 3). The host
 * answered that request with the session cookie already, so the token has done its job: it leaves
 * the address bar (and with it bookmarks, the history entry and anything a screen share shows).
 */
export function dropTokenFromAddressBar(location: Location = window.location, history: History = window.history): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
