"""Reading the text printed on an image (a campaign poster, a status screenshot) for the
content check, with RapidOCR: PP-OCR detection and recognition models that ship inside the
``rapidocr-onnxruntime`` package (the ``ocr`` extra), so nothing is downloaded at run time.

The work is bounded: a maximum size in bytes and in pixels (larger images are scaled
down, not refused), one OCR at a time per process, and a timeout. Images are never
stored, and the text read is never logged. Callers on an event loop run :func:`read`
in a thread (``asyncio.to_thread``).
"""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from functools import lru_cache

MAX_BYTES = 8_000_000
MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding
MAX_SIDE = 1600  # scaled down to this before OCR: posters stay legible, time stays bounded
TIMEOUT_S = 20.0

_one_at_a_time = threading.Lock()
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ocr")


@dataclass(frozen=True)
class ImageText:
    text: str | None  # None: could not be read (see ``problem``)
    problem: str | None = None  # unavailable | too-large | not-an-image | timeout | failed


def available() -> bool:
    try:
        _engine()
        return True
    except Exception:  # noqa: BLE001 - not installed, or its models failed to load
        return False


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR  # the optional "ocr" extra

    return RapidOCR()


def _pixels(data: bytes):
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        rgb = img.convert("RGB")
    if max(rgb.size) > MAX_SIDE:
        rgb.thumbnail((MAX_SIDE, MAX_SIDE))
    import numpy as np

    return np.asarray(rgb)[:, :, ::-1]  # RapidOCR expects BGR, as OpenCV reads


# PP-OCR's recogniser seldom emits the space between capitals ("DUAPERIODEUNTUK…"); the
# character boxes it also returns show the gaps, so a gap wider than this share of the
# median character width becomes a space again.
WORD_GAP = 0.45


def _spaced(line) -> str:
    """A recognised line with the spaces its character boxes show ("DUA PERIODE UNTUK …")."""
    text = line[1]
    if len(line) < 5 or not line[3] or not line[4] or len(line[3]) != len(line[4]):
        return text
    chars, spans = line[4], [(box[0][0], box[1][0]) for box in line[3]]
    widths = sorted(x1 - x0 for x0, x1 in spans)
    width = widths[len(widths) // 2] or 1
    out = [chars[0]]
    for (_, end), (start, _), ch in zip(spans, spans[1:], chars[1:]):
        if start - end > WORD_GAP * width and not out[-1].isspace() and not ch.isspace():
            out.append(" ")
        out.append(ch)
    spaced = "".join(out)
    # trust the recogniser's own spaces where it gave any
    return text if " " in text.strip() else spaced


def _ocr(data: bytes) -> str:
    pixels = _pixels(data)
    try:
        result, _ = _engine()(pixels, return_word_box=True)
    except TypeError:  # a RapidOCR without character boxes: lines as they come
        result, _ = _engine()(pixels)
    # each line: [box, text, score, char boxes, chars, char scores]; keep confident lines in
    # reading order (top to bottom)
    lines = sorted((r for r in (result or []) if r[2] >= 0.5), key=lambda r: (r[0][0][1], r[0][0][0]))
    return "\n".join(_spaced(r) for r in lines)


def read(data: bytes | None, timeout: float = TIMEOUT_S) -> ImageText:
    """The text on an image, or why there is none."""
    if not data:
        return ImageText(None, "not-an-image")
    if len(data) > MAX_BYTES:
        return ImageText(None, "too-large")
    if not available():
        return ImageText(None, "unavailable")
    try:
        from PIL import Image, UnidentifiedImageError

        with Image.open(io.BytesIO(data)) as probe:
            if probe.size[0] * probe.size[1] > MAX_PIXELS:
                return ImageText(None, "too-large")
    except (UnidentifiedImageError, OSError, ValueError):
        return ImageText(None, "not-an-image")
    except Exception:  # noqa: BLE001 - Pillow's DecompressionBombError and friends
        return ImageText(None, "too-large")
    if not _one_at_a_time.acquire(timeout=timeout):
        return ImageText(None, "timeout")
    try:
        future = _worker.submit(_ocr, data)
        try:
            return ImageText(future.result(timeout=timeout))
        except FutureTimeout:
            return ImageText(None, "timeout")
        except Exception:  # noqa: BLE001 - a broken image must not break the chat
            return ImageText(None, "failed")
    finally:
        _one_at_a_time.release()
