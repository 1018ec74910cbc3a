using System.Buffers.Binary;

namespace Signpost.Web.Features.Images;

public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
}

/// <summary>
/// What a file says it is, read from its first bytes and its header alone, before anything is decoded. The format is
/// recognised by its signature (never by the file's name or the browser's Content-Type), and the declared size is read
/// from the header so that a "decompression bomb" (a small file declaring a huge picture) is refused before a single
/// pixel is allocated.
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;

    public string ContentType => Format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };

    /// <summary>The format by signature alone, or null when the bytes are not JPEG, PNG or WebP.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }

    /// <summary>The format and the dimensions the header declares, or null when the header is missing or malformed.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> b) => Sniff(b) switch
    {
        ImageFormat.Jpeg => Jpeg(b),
        ImageFormat.Png => Png(b),
        ImageFormat.WebP => WebP(b),
        _ => null,
    };

    private static ImageHeader? Png(ReadOnlySpan<byte> b)
    {
        // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4), all big-endian.
        if (b.Length < 24 || !b[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        return Make(ImageFormat.Png, w, h);
    }

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> b)
    {
        // Walk the marker segments after SOI until a start-of-frame (SOF0–SOF15 except DHT C4, JPG C8, DAC CC).
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // standalone markers carry no length
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // end of image or start of scan before any frame header
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2)
            {
                return null;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                // Length (2), precision (1), height (2), width (2).
                if (i + 9 > b.Length)
                {
                    return null;
                }

                var h = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]);
                var w = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]);
                return Make(ImageFormat.Jpeg, w, h);
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageHeader? WebP(ReadOnlySpan<byte> b)
    {
        // RIFF header (12), then the first chunk: fourcc (4), size (4), data.
        if (b.Length < 30)
        {
            return null;
        }

        var chunk = b[12..16];
        var d = b[20..];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Flags (1), reserved (3), canvas width - 1 (24-bit LE), canvas height - 1 (24-bit LE).
            var w = (uint)(d[4] | d[5] << 8 | d[6] << 16) + 1;
            var h = (uint)(d[7] | d[8] << 8 | d[9] << 16) + 1;
            return Make(ImageFormat.WebP, w, h);
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3), start code 9D 01 2A (3), then 14-bit width and height (LE, top 2 bits are scaling).
            if (d[3] != 0x9D || d[4] != 0x01 || d[5] != 0x2A)
            {
                return null;
            }

            var w = BinaryPrimitives.ReadUInt16LittleEndian(d[6..]) & 0x3FFFu;
            var h = BinaryPrimitives.ReadUInt16LittleEndian(d[8..]) & 0x3FFFu;
            return Make(ImageFormat.WebP, w, h);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Signature 0x2F, then 14 bits width - 1, 14 bits height - 1 (LE bit stream).
            if (d[0] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[1..]);
            return Make(ImageFormat.WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    private static ImageHeader? Make(ImageFormat format, uint w, uint h) =>
        w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue ? null : new ImageHeader(format, (int)w, (int)h);
}
