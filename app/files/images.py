"""Raster images re-encoded with Pillow: orientation applied, every piece of metadata left behind, a thumbnail.

Re-encoding writes only the pixels: EXIF (with its GPS position), XMP, ICC profiles, comments and whatever
a polyglot hid between the image's blocks do not survive. The size in pixels is read from the header and
checked before a single pixel is decoded, so a small file that would unpack to gigabytes is refused.
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from flask_babel import format_decimal
from flask_babel import gettext as _
from PIL import Image, ImageOps

from app.files.kinds import GIF, JPEG, PNG, WEBP, Kind, UnreadableFile

THUMB_WIDTH = 480
THUMB_MIME = "image/webp"
FORMATS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP", GIF: "GIF"}
# What an animation needs to play as it did; nothing else of the original's info is written back.
ANIMATION_KEYS = ("duration", "loop", "transparency", "disposal", "background")


@dataclass
class Encoded:
    data: bytes
    width: int
    height: int
    thumb: bytes


def _unreadable() -> UnreadableFile:
    return UnreadableFile(_("Gambar ini rusak atau tidak lengkap dan tidak dapat dibaca."))


def _too_large(pixels: int | None, limit: int) -> UnreadableFile:
    if pixels is None:  # Pillow refused it from the header alone: far beyond any limit
        return UnreadableFile(_("Gambar ini terlalu besar: paling banyak %(limit)s megapiksel.",
                                limit=format_decimal(limit / 1_000_000, format="#,##0.#")))
    return UnreadableFile(_("Gambar ini terlalu besar: %(mp)s megapiksel, paling banyak %(limit)s megapiksel.",
                            mp=format_decimal(pixels / 1_000_000, format="#,##0.0"),
                            limit=format_decimal(limit / 1_000_000, format="#,##0.#")))


def reencode(data: bytes, kind: Kind, max_pixels: int) -> Encoded:
    """The image's pixels in a fresh file of the same format, and a WebP thumbnail THUMB_WIDTH wide."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[FORMATS[kind]])
            frames = getattr(image, "n_frames", 1)
            pixels = image.width * image.height
            if pixels * frames > max_pixels:
                raise _too_large(pixels * frames, max_pixels)
            image.load()
            return _encode(image, kind, frames)
    except UnreadableFile:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise _too_large(None, max_pixels) from err
    except (OSError, SyntaxError, ValueError, EOFError, Image.UnidentifiedImageError) as err:
        raise _unreadable() from err


def _encode(image: Image.Image, kind: Kind, frames: int) -> Encoded:
    out = io.BytesIO()
    if frames > 1:
        kept = {key: image.info[key] for key in ANIMATION_KEYS if key in image.info}
        image.info = kept
        image.save(out, format=FORMATS[kind], save_all=True, **kept)
        oriented = image
    else:
        oriented = ImageOps.exif_transpose(image)
        transparency = oriented.info.get("transparency") if oriented.mode == "P" else None
        oriented.info = {}
        if kind is JPEG and oriented.mode not in ("RGB", "L"):
            oriented = oriented.convert("RGB")
        options = {"transparency": transparency} if transparency is not None else {}
        if kind is JPEG:
            options.update(quality=88, optimize=True)
        elif kind is WEBP:
            options.update(quality=88)
        elif kind is PNG:
            options.update(optimize=True)
        oriented.save(out, format=FORMATS[kind], **options)
    return Encoded(out.getvalue(), oriented.width, oriented.height, _thumbnail(oriented))


def _thumbnail(image: Image.Image) -> bytes:
    if hasattr(image, "seek"):
        image.seek(0)
    thumb = image.convert("RGBA") if image.mode in ("P", "PA", "LA", "RGBA") else image.convert("RGB")
    if thumb.width > THUMB_WIDTH:
        height = max(1, round(thumb.height * THUMB_WIDTH / thumb.width))
        thumb = thumb.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    thumb.save(out, format="WEBP", quality=80)
    return out.getvalue()
