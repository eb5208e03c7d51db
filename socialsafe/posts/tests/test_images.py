"""Images are validated by content and stored with no location or camera metadata (CF images)."""

import io

import pytest
from PIL import ExifTags, Image

from socialsafe.posts.images import MAX_DIMENSION, ImageRejected, clean_image

GPS = ExifTags.IFD.GPSInfo


def photo_with_gps(kind: str = "JPEG", size: tuple[int, int] = (64, 48)) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[GPS] = {1: "N", 2: (53.0, 48.0, 30.0), 3: "W", 4: (1.0, 45.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", size, "orange").save(buffer, kind, exif=exif)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_gps_and_camera_metadata_present_before_and_absent_after(kind: str) -> None:
    upload = photo_with_gps(kind)
    before = Image.open(io.BytesIO(upload)).getexif()
    assert before.get_ifd(GPS)[1] == "N"
    assert before[ExifTags.Base.Model] == "Phone 12"

    cleaned = clean_image(upload)

    after = Image.open(io.BytesIO(cleaned.data))
    assert dict(after.getexif()) == {}
    assert after.getexif().get_ifd(GPS) == {}
    assert b"Phone 12" not in cleaned.data and b"PhoneMaker" not in cleaned.data
    assert "exif" not in after.info and "xmp" not in after.info
    assert (cleaned.width, cleaned.height) == (64, 48)
    assert cleaned.mime_type == f"image/{kind.lower()}"


def test_orientation_is_applied_before_the_tag_is_dropped() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # rotate 90°: a portrait photo stored sideways
    buffer = io.BytesIO()
    Image.new("RGB", (80, 40), "blue").save(buffer, "JPEG", exif=exif)
    cleaned = clean_image(buffer.getvalue())
    assert (cleaned.width, cleaned.height) == (40, 80)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"MZ\x90\x00 an executable renamed .jpg", "not a readable"),
        (b"GIF89a" + b"\x00" * 40, "not a readable"),
    ],
)
def test_files_that_are_not_accepted_images_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ImageRejected, match=reason):
        clean_image(data)


def test_a_gif_is_refused_even_when_it_is_a_real_image() -> None:
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, "GIF")
    with pytest.raises(ImageRejected, match="JPEG, PNG or WebP"):
        clean_image(buffer.getvalue())


def test_a_truncated_jpeg_is_refused() -> None:
    data = photo_with_gps()
    with pytest.raises(ImageRejected):
        clean_image(data[: len(data) // 2])


def test_oversized_files_and_dimensions_are_refused_before_decoding() -> None:
    with pytest.raises(ImageRejected, match="larger than"):
        clean_image(photo_with_gps(), max_bytes=100)
    buffer = io.BytesIO()
    Image.new("1", (MAX_DIMENSION + 1, 10)).save(buffer, "PNG")
    with pytest.raises(ImageRejected, match="pixels"):
        clean_image(buffer.getvalue())


def test_a_decompression_bomb_is_refused() -> None:
    """A tiny PNG that claims 20000×20000 pixels is refused without being decoded."""
    buffer = io.BytesIO()
    Image.new("1", (7000, 7000)).save(buffer, "PNG")
    small = buffer.getvalue()
    assert len(small) < 100_000
    with pytest.raises(ImageRejected):
        clean_image(small.replace((7000).to_bytes(4, "big"), (20000).to_bytes(4, "big"), 2))
