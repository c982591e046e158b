// Does nothing: the bench's launcher finds an extension by its worker (scripts/lib/browser.mjs).
