"""The web console for admins and HR, under ``/admin/``.

- :mod:`.app` builds the aiohttp application: sessions, CSRF, roles, security headers.
- One module per area: :mod:`.pages_kb` (Pengetahuan and the election registry),
  :mod:`.pages_broadcast` (Siaran), :mod:`.pages_reminders` (Pengingat),
  :mod:`.pages_insight` (Wawasan), :mod:`.pages_admin` (Audit, Peran).
- :mod:`.charts` draws charts as SVG on the server; htmx (vendored, 0BSD) does the
  partial updates. No build step and no CDN: a closed government network is enough.

Every page calls the same functions the chat commands call (``knowledge.editing``,
``scheduler.outbox``, ``scheduler.reminders``…), so a change made here is validated,
revisioned and audited exactly like one made in chat.
"""
