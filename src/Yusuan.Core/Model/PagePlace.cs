namespace Yusuan.Core.Model;

/// <summary>A rectangle on a printed page in points, measured from the page's top-left corner (y grows downwards).</summary>
public readonly record struct PageBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public PageBox Union(PageBox other) =>
        IsEmpty ? other : other.IsEmpty ? this
            : new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}

/// <summary>Where a line of the read text stands in the published file: its 1-based page, and its box when the reader
/// measured one (a PDF read with its layout).</summary>
public readonly record struct PagePlace(int Page, PageBox? Box);

/// <summary>A printed page's size in points, as the reader measured it (the frame <see cref="PageBox"/> is measured in).</summary>
public readonly record struct PageSize(double Width, double Height);
