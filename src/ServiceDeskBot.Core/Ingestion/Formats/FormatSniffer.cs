namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>What the first bytes of a file say it is, whatever its name claims.</summary>
internal enum ContentSignature
{
    Unknown,
    Pdf,
    Zip,
    CompoundFile,
    Image,
    Executable,
}

internal static class FormatSniffer
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> EmptyZipMagic => [0x50, 0x4B, 0x05, 0x06];

    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ElfMagic => [0x7F, 0x45, 0x4C, 0x46];

    // The stream an encrypted .docx/.xlsx keeps inside its compound file, as the UTF-16 name in the directory.
    private static ReadOnlySpan<byte> EncryptedPackageName => "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    public static ContentSignature Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(ZipMagic) || content.StartsWith(EmptyZipMagic))
        {
            return ContentSignature.Zip;
        }

        if (content.StartsWith(CompoundFileMagic))
        {
            return ContentSignature.CompoundFile;
        }

        // PDF readers accept the header anywhere in the first kilobyte.
        if (content[..Math.Min(content.Length, 1024)].IndexOf(PdfMagic) >= 0)
        {
            return ContentSignature.Pdf;
        }

        if (content.StartsWith(PngMagic) || content.StartsWith(JpegMagic) || content.StartsWith("GIF8"u8))
        {
            return ContentSignature.Image;
        }

        if (content.StartsWith("MZ"u8) || content.StartsWith(ElfMagic))
        {
            return ContentSignature.Executable;
        }

        return ContentSignature.Unknown;
    }

    /// <summary>True for a compound file holding an encrypted Office package (a password-protected .docx or .xlsx).</summary>
    public static bool IsEncryptedOfficePackage(ReadOnlySpan<byte> content) =>
        content.StartsWith(CompoundFileMagic) && content.IndexOf(EncryptedPackageName) >= 0;
}
