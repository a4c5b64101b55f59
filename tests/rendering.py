"""Images for the content-check tests, drawn with Pillow from text (posters, status
screenshots), so no image file is committed and every test knows what an image says.
The same drawing as `netralbot eval --content --images` uses."""

from netralbot.knowledge.evaluate_content import render as poster  # noqa: F401
