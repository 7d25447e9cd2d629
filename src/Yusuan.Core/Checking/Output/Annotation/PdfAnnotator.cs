using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;

namespace Yusuan.Core.Checking.Output.Annotation;

/// <summary>The outcome of annotating: how many notes were placed (boxed, or only pinned to their page), or why the PDF
/// could not be annotated (one sentence, Chinese then English).</summary>
public sealed record AnnotateResult(int Boxed, int Pinned, int Skipped, string? Error)
{
    public bool Success => Error is null;
}

/// <summary>
/// Writes the original PDF with one note per finding, as a reviewer marks up a printed disclosure: a Square annotation
/// (a coloured frame around the evidence — red error, orange warning, blue hint — whose pop-up holds the note), or, for a
/// finding whose page but not box is known, a Text (sticky-note) annotation in the page's top-left margin. Nothing of the
/// original is changed or dropped: pages, text and existing annotations stay; PDFsharp writes the file anew with the
/// annotations added to each page's /Annots.
/// </summary>
/// <remarks>Boxes are <see cref="Model.PageBox"/>es measured from the top-left of the page as the PDF reader saw it; they are
/// turned into PDF user space with the page's MediaBox (y = top of MediaBox − box.Top). Rotated pages are not turned.</remarks>
public static class PdfAnnotator
{
    /// <summary>Space between the evidence and its frame, in points; each further note on the same box is one step wider.</summary>
    private const double Padding = 1.5;

    public static AnnotateResult Annotate(byte[] pdf, IReadOnlyList<PdfNote> notes, Stream output)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Modify);
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotSupportedException or InvalidDataException or IOException or ArgumentException)
        {
            return new AnnotateResult(0, 0, notes.Count, $"无法在这份 PDF 上加批注（文件加密、损坏或格式不受支持）：{e.Message} / The PDF cannot be annotated.");
        }
        using (document)
        {
            int boxed = 0, pinned = 0, skipped = 0;
            var nested = new Dictionary<(int, Model.PageBox), int>();
            var pins = new Dictionary<int, int>();
            foreach (var note in notes)
            {
                if (note.Page < 1 || note.Page > document.PageCount)
                {
                    skipped++;
                    continue;
                }
                var page = document.Pages[note.Page - 1];
                if (note.Box is { IsEmpty: false } box)
                {
                    var depth = nested[(note.Page, box)] = nested.GetValueOrDefault((note.Page, box)) + 1;
                    page.Annotations.Add(new FrameAnnotation(document, page, box, Padding * depth, note));
                    boxed++;
                }
                else
                {
                    var n = pins[note.Page] = pins.GetValueOrDefault(note.Page) + 1;
                    page.Annotations.Add(Pin(document, page, n, note));
                    pinned++;
                }
            }
            // Written into a buffer first: the caller's stream gets a whole PDF or nothing.
            using var buffer = new MemoryStream();
            document.Save(buffer, closeStream: false);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return new AnnotateResult(boxed, pinned, skipped, null);
        }
    }

    private static PdfTextAnnotation Pin(PdfDocument document, PdfPage page, int n, PdfNote note)
    {
        var media = page.MediaBox;
        var top = media.Y2 - 8 - 22 * (n - 1);
        var pin = new PdfTextAnnotation(document)
        {
            Rectangle = Rect(media.X1 + 8, top - 18, media.X1 + 26, top),
            Icon = PdfTextAnnotationIcon.Note,
        };
        Describe(pin, note);
        return pin;
    }

    internal static void Describe(PdfAnnotation annotation, PdfNote note)
    {
        annotation.Elements["/T"] = new PdfString(note.Title, PdfStringEncoding.Unicode);
        annotation.Elements["/Contents"] = new PdfString(note.Text, PdfStringEncoding.Unicode);
        annotation.Elements["/C"] = Color(annotation.Owner, note.Severity);
        annotation.Elements["/F"] = new PdfInteger(4); // Print
    }

    internal static PdfRectangle Rect(double x1, double y1, double x2, double y2) => new(new XPoint(x1, y1), new XPoint(x2, y2));

    internal static PdfArray Color(PdfDocument document, Severity severity)
    {
        var (r, g, b) = Rgb(severity);
        return new PdfArray(document, new PdfReal(r), new PdfReal(g), new PdfReal(b));
    }

    internal static (double R, double G, double B) Rgb(Severity severity) => severity switch
    {
        Severity.Error => (0.85, 0.1, 0.1),
        Severity.Warning => (0.95, 0.55, 0.0),
        _ => (0.15, 0.4, 0.85),
    };

    /// <summary>A Square annotation framing the evidence, with its own appearance stream, so that viewers which do not draw
    /// annotations from their properties (and pdftoppm) still show the frame.</summary>
    private sealed class FrameAnnotation : PdfAnnotation
    {
        private const double LineWidth = 1.2;

        public FrameAnnotation(PdfDocument document, PdfPage page, Model.PageBox box, double padding, PdfNote note)
            : base(document)
        {
            var media = page.MediaBox;
            var rect = Rect(
                media.X1 + box.Left - padding,
                media.Y2 - box.Bottom - padding,
                media.X1 + box.Right + padding,
                media.Y2 - box.Top + padding);
            Elements.SetName("/Type", "/Annot");
            Elements.SetName("/Subtype", "/Square");
            Rectangle = rect;
            Describe(this, note);
            var border = new PdfDictionary(document);
            border.Elements["/W"] = new PdfReal(LineWidth);
            border.Elements.SetName("/S", "/S");
            Elements["/BS"] = border;
            Elements["/AP"] = Appearance(document, rect.Width, rect.Height, note.Severity);
        }

        private static PdfDictionary Appearance(PdfDocument document, double width, double height, Severity severity)
        {
            var (r, g, b) = Rgb(severity);
            var ci = CultureInfo.InvariantCulture;
            var half = LineWidth / 2;
            var content = string.Create(ci, $"{r:0.###} {g:0.###} {b:0.###} RG {LineWidth:0.##} w {half:0.##} {half:0.##} {width - LineWidth:0.##} {height - LineWidth:0.##} re S");
            var form = new PdfDictionary(document);
            form.Elements.SetName("/Type", "/XObject");
            form.Elements.SetName("/Subtype", "/Form");
            form.Elements["/BBox"] = Rect(0, 0, width, height);
            form.CreateStream(Encoding.ASCII.GetBytes(content));
            document.Internals.AddObject(form);
            var appearance = new PdfDictionary(document);
            appearance.Elements["/N"] = form.Reference;
            return appearance;
        }
    }
}
