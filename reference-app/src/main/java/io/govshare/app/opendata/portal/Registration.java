package io.govshare.app.opendata.portal;

/** Register a public user of the portal. */
record Registration(String username, String displayName, String password) {
}
