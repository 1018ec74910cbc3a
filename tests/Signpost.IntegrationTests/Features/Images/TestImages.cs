using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Signpost.IntegrationTests.Features.Images;

/// <summary>Tiny pictures made in code for the image tests: no binary files in the repository.</summary>
public static class TestImages
{
    public const string GpsDatum = "WGS-84";
    public const string XmpMarker = "xmpmeta";
    public const string CommentText = "Taken at 12 Example Road";

    /// <summary>A wide picture (40 × 20): red top-left quarter, blue elsewhere, so turning it can be seen.</summary>
    public static byte[] Jpeg(int width = 40, int height = 20)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
    }

    /// <summary>
    /// The JPEG with what a phone writes into a photo: an EXIF APP1 segment (orientation, and a GPS block with latitude,
    /// longitude and map datum), an XMP APP1 segment and a comment, all inserted right after the start-of-image marker.
    /// </summary>
    public static byte[] JpegWithMetadata(byte[] jpeg, ushort orientation)
    {
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]);
        var xmp = Segment(0xE1, Encoding.ASCII.GetBytes(
            "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>52,24.6N</exif:GPSLatitude></x:xmpmeta>"));
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(CommentText));
        return [.. jpeg[..2], .. exif, .. xmp, .. comment, .. jpeg[2..]];
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var s = new byte[4 + payload.Length];
        s[0] = 0xFF;
        s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(s, 4);
        return s;
    }

    /// <summary>A big-endian TIFF structure: IFD0 (Orientation, GPSInfo pointer) and a GPS IFD with five tags.</summary>
    private static byte[] Tiff(ushort orientation)
    {
        var t = new byte[159];
        var s = t.AsSpan();
        "MM"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(s[4..], 8);

        // IFD0 at 8: two entries, then the next-IFD offset 0. 2 + 24 + 4 = 30 bytes, so the GPS IFD starts at 38.
        BinaryPrimitives.WriteUInt16BigEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, (uint)orientation << 16); // Orientation, SHORT, left-justified in the value field
        Entry(s[22..], 0x8825, 4, 1, 38); // GPSInfo IFD pointer
        BinaryPrimitives.WriteUInt32BigEndian(s[34..], 0);

        // GPS IFD at 38: five entries (2 + 60 + 4 = 66 bytes), data from 104.
        BinaryPrimitives.WriteUInt16BigEndian(s[38..], 5);
        Entry(s[40..], 0x0001, 2, 2, 0x4E00_0000); // GPSLatitudeRef "N"
        Entry(s[52..], 0x0002, 5, 3, 104); // GPSLatitude, 3 rationals at 104
        Entry(s[64..], 0x0003, 2, 2, 0x5700_0000); // GPSLongitudeRef "W"
        Entry(s[76..], 0x0004, 5, 3, 128); // GPSLongitude, 3 rationals at 128
        Entry(s[88..], 0x0012, 2, 7, 152); // GPSMapDatum "WGS-84"
        BinaryPrimitives.WriteUInt32BigEndian(s[100..], 0);
        uint[] lat = [52, 1, 24, 1, 3600, 100];
        uint[] lon = [1, 1, 30, 1, 1234, 100];
        for (var i = 0; i < 6; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(s[(104 + 4 * i)..], lat[i]);
            BinaryPrimitives.WriteUInt32BigEndian(s[(128 + 4 * i)..], lon[i]);
        }

        Encoding.ASCII.GetBytes(GpsDatum + "\0").CopyTo(s[152..]);
        return t;
    }

    private static void Entry(Span<byte> s, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(s, tag);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(s[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(s[8..], value);
    }

    /// <summary>An 8 × 8 PNG whose left half is transparent.</summary>
    public static byte[] PngWithTransparency()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(8, 8, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                bitmap.SetPixel(x, y, x < 4 ? SKColors.Transparent : SKColors.Green);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    public static byte[] WebP()
    {
        using var bitmap = new SKBitmap(16, 16);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Orange);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Webp, 90).ToArray();
    }

    /// <summary>
    /// A decompression bomb: a PNG of a few dozen bytes whose header declares <paramref name="width"/> × <paramref name="height"/>
    /// pixels (by default 100,000 × 100,000 = 10 gigapixels, 40 GB once decoded).
    /// </summary>
    public static byte[] PngBomb(uint width = 100_000, uint height = 100_000)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        using var zipped = new MemoryStream();
        using (var z = new ZLibStream(zipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(new byte[4096]);
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", zipped.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>A JPEG whose frame header declares 65,000 × 65,000 pixels, with no picture data to speak of.</summary>
    public static byte[] JpegBomb()
    {
        var jpeg = Jpeg(8, 8);
        var i = 2;
        while (jpeg[i + 1] is < 0xC0 or > 0xC2)
        {
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 2));
        }

        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), 65_000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), 65_000);
        return jpeg;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), Crc32(c.AsSpan(4, 4 + data.Length)));
        return c;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>The JPEG's marker segments before the first scan, e.g. [0xE0, 0xDB, 0xC0, 0xC4, 0xDA].</summary>
    public static IReadOnlyList<byte> JpegMarkers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var i = 2;
        while (i + 4 <= jpeg.Length && jpeg[i] == 0xFF)
        {
            markers.Add(jpeg[i + 1]);
            if (jpeg[i + 1] == 0xDA)
            {
                break;
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 2));
        }

        return markers;
    }

    public static bool Contains(byte[] haystack, string ascii) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;
}
