"""Uploaded images: validated by content, re-encoded, and stripped of every piece of metadata.

An upload is trusted for nothing: its name and declared type are ignored, Pillow must
recognise and verify the bytes as JPEG, PNG or WebP, the size and pixel count are bounded
before decoding (decompression bombs), and what we store is a fresh encoding of the pixels
only — no EXIF (GPS position, camera, times), no XMP, no ICC text chunks (CF "Use of images",
SPEC C2 images, RELIABILITY IN-05)."""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from socialsafe.people.models import Pupil

MAX_BYTES = 15 * 1024 * 1024
MAX_DIMENSION = 8000
MAX_PIXELS = 40_000_000
PUBLISH_LONG_EDGE = 4096  # larger photos are scaled down: every platform accepts this size
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class ImageRejected(ValueError):
    """The upload is not an image we accept; the message says why, for the uploader."""


@dataclass(frozen=True, slots=True)
class CleanImage:
    data: bytes
    mime_type: str
    width: int
    height: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _open_verified(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            probe = Image.open(io.BytesIO(data))
            kind = probe.format
            width, height = probe.size
            if kind not in FORMATS:
                raise ImageRejected("Upload a JPEG, PNG or WebP photo.")
            if width > MAX_DIMENSION or height > MAX_DIMENSION or width * height > MAX_PIXELS:
                raise ImageRejected(
                    f"The image is {width}×{height} pixels; the largest accepted is "
                    f"{MAX_DIMENSION} pixels a side and {MAX_PIXELS // 1_000_000} megapixels."
                )
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageRejected("The image is too large to open safely.") from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            if isinstance(exc, ImageRejected):
                raise
            raise ImageRejected("The file is not a readable JPEG, PNG or WebP image.") from exc
    return image


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new image holding only pixels: orientation applied, then no info, EXIF or profile."""
    image = ImageOps.exif_transpose(image) or image
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail((PUBLISH_LONG_EDGE, PUBLISH_LONG_EDGE))
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def clean_image(data: bytes, *, max_bytes: int = MAX_BYTES) -> CleanImage:
    """Validate an upload and return it re-encoded without metadata, or raise ImageRejected."""
    if not data:
        raise ImageRejected("The file is empty.")
    if len(data) > max_bytes:
        raise ImageRejected(f"The file is larger than {max_bytes // (1024 * 1024)} MB.")
    original = _open_verified(data)
    kind = original.format or "JPEG"
    pixels = _pixels_only(original)
    out = io.BytesIO()
    if kind == "PNG":
        pixels.save(out, "PNG", optimize=True)
    elif kind == "WEBP":
        pixels.save(out, "WEBP", quality=90)
    else:
        kind = "JPEG"
        pixels.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
    return CleanImage(out.getvalue(), FORMATS[kind], pixels.width, pixels.height)


def consent_problems(pupils: Iterable[Pupil]) -> list[str]:
    """Why each tagged pupil may not be shown (CF "Use of images"; SO: photos only with
    consent); empty when every tagged pupil may appear."""
    problems = []
    for pupil in pupils:
        if pupil.do_not_publish:
            problems.append(f"{pupil.display_name} is on the list of pupils never to be published.")
        elif not pupil.photo_consent:
            problems.append(f"{pupil.display_name} has no photo consent.")
    return problems
