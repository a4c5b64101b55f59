"""Images for the content-check tests, drawn with Pillow from text (posters, status
screenshots), so no image file is committed and every test knows what an image says."""

from __future__ import annotations

import io


def poster(text: str, size: tuple[int, int] = (800, 600)) -> bytes:
    """``text`` in large black letters on white, one line per line; "" draws a plain picture."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(img)
    lines = [l for l in text.splitlines() if l.strip()] or []
    if not lines:  # a photo with no text: shapes only
        draw.ellipse((200, 150, 600, 450), fill=(200, 120, 60))
        draw.rectangle((50, 480, 750, 560), fill=(60, 140, 90))
    else:
        longest = max(len(l) for l in lines)
        font_size = max(18, min(64, int(size[0] * 1.6 / max(longest, 1)), int(size[1] * 0.7 / len(lines))))
        font = ImageFont.load_default(size=font_size)
        y = 40
        for line in lines:
            draw.text((40, y), line, fill=(10, 10, 10), font=font)
            y += int(font_size * 1.35)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
