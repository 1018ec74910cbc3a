using System.Security.Cryptography;
using SkiaSharp;

namespace Signpost.Web.Features.Images;

/// <summary>The limits on an uploaded picture. Kept as constants: the request size limits are attributes and need them.</summary>
public static class ImageLimits
{
    /// <summary>Largest file accepted: 10 MB.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The request may be a little larger than the file (the other form fields and multipart framing).</summary>
    public const int MaxRequestBytes = MaxUploadBytes + 256 * 1024;

    /// <summary>Largest picture accepted, in pixels as its header declares them: 40 megapixels.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Pictures are stored no larger than this on their longest side; plenty for a blog, and small to serve.</summary>
    public const int MaxLongestSide = 2000;

    public const int JpegQuality = 85;

    public const int MaxImagesPerPost = 10;
}

/// <summary>A picture as it is stored: re-encoded, without any of the original file's metadata.</summary>
public sealed record ProcessedImage(byte[] Bytes, string ContentType, int Width, int Height, string Sha256);

/// <summary>
/// Turns an uploaded file into a picture that is safe to publish. The format is recognised by content (signature, then
/// a SkiaSharp decoder that must agree); the declared size is checked before decoding (decompression bombs); the pixels
/// are decoded, turned upright as the EXIF orientation says, scaled down to <see cref="ImageLimits.MaxLongestSide"/> and
/// encoded afresh — JPEG for photos, PNG where there is transparency. Re-encoding is what strips the metadata: nothing
/// of the original file but its pixels reaches the new one, so no EXIF, GPS location (A.5.2), XMP, comments or
/// thumbnails survive.
/// </summary>
public static class ImageProcessor
{
    public const string NotAnImage =
        "This file is not a JPEG, PNG or WebP picture. Only those formats can be added; the file's content is checked, not its name.";

    public static (ProcessedImage? Image, string? Error) Process(byte[] data)
    {
        if (data.Length == 0)
        {
            return (null, "The file is empty. Choose a picture to upload.");
        }

        if (data.Length > ImageLimits.MaxUploadBytes)
        {
            return (null, $"The file is {Megabytes(data.Length)} MB; the largest picture accepted is {ImageLimits.MaxUploadBytes / (1024 * 1024)} MB. Save it smaller and try again.");
        }

        var header = ImageHeader.Read(data);
        if (header is null)
        {
            return (null, NotAnImage);
        }

        if (TooLarge(header.Width, header.Height) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || Format(codec.EncodedFormat) != header.Format)
        {
            return (null, $"This file looks like a {Name(header.Format)} picture but cannot be read; it may be damaged. Open it and save it again, then try again.");
        }

        // The decoder's own reading of the size must agree with the limit too (e.g. a WebP canvas).
        if (TooLarge(codec.Info.Width, codec.Info.Height) is { } declared)
        {
            return (null, declared);
        }

        return Reencode(codec);
    }

    private static string? TooLarge(int width, int height)
    {
        var pixels = (long)width * height;
        return pixels <= ImageLimits.MaxPixels ? null
            : $"The picture says it is {width:N0} × {height:N0} pixels ({pixels / 1_000_000.0:0.#} megapixels); the largest accepted is {ImageLimits.MaxPixels / 1_000_000} megapixels. "
              + "A small file that claims to be that large can be made to overwhelm a server (a \"decompression bomb\"), so it was not opened. Resize the picture and try again.";
    }

    private static (ProcessedImage?, string?) Reencode(SKCodec codec)
    {
        var origin = codec.EncodedOrigin;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        var scale = Math.Min(1.0, ImageLimits.MaxLongestSide / (double)Math.Max(w, h));

        // JPEG can decode at 1/2, 1/4 or 1/8 size directly, which saves memory for big photos; other formats decode whole.
        var decodeSize = scale < 1 ? codec.GetScaledDimensions((float)scale) : new SKSizeI(w, h);
        if (decodeSize.Width < 1 || decodeSize.Height < 1 || decodeSize.Width > w || decodeSize.Height > h)
        {
            decodeSize = new SKSizeI(w, h);
        }

        using var decoded = Decode(codec, decodeSize) ?? (decodeSize.Width != w ? Decode(codec, new SKSizeI(w, h)) : null);
        if (decoded is null)
        {
            return (null, "This picture is incomplete or damaged, so it cannot be read. Open it and save it again, then try again.");
        }

        var (ow, oh) = swaps ? (h, w) : (w, h);
        var targetW = Math.Max(1, (int)Math.Round(ow * scale));
        var targetH = Math.Max(1, (int)Math.Round(oh * scale));
        var alpha = codec.Info.AlphaType != SKAlphaType.Opaque && HasTransparency(decoded);

        // Null colour space: the pixels are already sRGB, and no ICC profile is written into the new file.
        using var surface = SKSurface.Create(new SKImageInfo(targetW, targetH, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (surface is null)
        {
            return (null, "This picture could not be processed. Try a smaller picture.");
        }

        var canvas = surface.Canvas;
        canvas.Clear(alpha ? SKColors.Transparent : SKColors.White);
        var (dw, dh) = (decoded.Width, decoded.Height);
        var (odw, odh) = swaps ? (dh, dw) : (dw, dh);
        var fit = SKMatrix.CreateScale(targetW / (float)odw, targetH / (float)odh);
        canvas.SetMatrix(SKMatrix.Concat(fit, Orientation(origin, dw, dh)));
        using (var image = SKImage.FromBitmap(decoded))
        {
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(alpha ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, ImageLimits.JpegQuality);
        if (encoded is null)
        {
            return (null, "This picture could not be processed. Try saving it as a JPEG and upload it again.");
        }

        var bytes = encoded.ToArray();
        return (new ProcessedImage(bytes, alpha ? "image/png" : "image/jpeg", targetW, targetH, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    private static SKBitmap? Decode(SKCodec codec, SKSizeI size)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (bitmap.GetPixels() == IntPtr.Zero)
        {
            bitmap.Dispose();
            return null;
        }

        // Only a complete decode is kept: a truncated file (IncompleteInput) would publish half a picture.
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static bool HasTransparency(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (var i = 3; i < pixels.Length; i += 4)
        {
            if (pixels[i] != 255)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps the stored pixels (w × h) to their upright position, as EXIF orientation values 1–8 say.</summary>
    internal static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static ImageFormat? Format(SKEncodedImageFormat f) => f switch
    {
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Png => ImageFormat.Png,
        SKEncodedImageFormat.Webp => ImageFormat.WebP,
        _ => null,
    };

    public static string Name(ImageFormat f) => f switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        _ => "WebP",
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
