using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Signpost.Data.Entities;
using Signpost.IntegrationTests.Infrastructure;
using Signpost.Web.Features.Images;
using SkiaSharp;

namespace Signpost.IntegrationTests.Features.Images;

/// <summary>
/// Pictures on posts, end to end over HTTP: content-recognised formats, metadata stripped by re-encoding (A.5.2:
/// location), decompression bombs refused, alt text (WCAG 1.1.1) and pupil tags required, photo consent checked before
/// publishing (A.5.2), pupils only where the site allows (A.5.1), and a picture seen only by those who may see its post.
/// </summary>
public abstract class PostImageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : SignpostFactory
{
    [Fact]
    public async Task An_uploaded_photos_GPS_tag_is_gone_and_it_is_turned_upright()
    {
        var photo = TestImages.JpegWithMetadata(TestImages.Jpeg(), orientation: 6);
        Assert.True(TestImages.Contains(photo, TestImages.GpsDatum) && TestImages.Contains(photo, "Exif"), "the test photo must carry EXIF GPS to begin with");
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");

        var r = await teacher.PostAsync(Url("year-4", post.Slug), Form(photo, "IMG_0001.jpg", "image/jpeg", "Children planting beans in the school garden.", noPupils: true));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var json = await r.JsonAsync();
        Assert.Equal("image/jpeg", json.GetProperty("contentType").GetString());

        // The page address, as an <img> on a page fetches it with the signed-in session.
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var served = await browser.GetAsync(json.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("public", served.Headers.CacheControl?.ToString() ?? "public", StringComparison.Ordinal);
        var bytes = await served.Content.ReadAsByteArrayAsync();

        // No EXIF, GPS, XMP or comment survives: not as text, and not as a segment.
        Assert.False(TestImages.Contains(bytes, "Exif"));
        Assert.False(TestImages.Contains(bytes, TestImages.GpsDatum));
        Assert.False(TestImages.Contains(bytes, TestImages.XmpMarker));
        Assert.False(TestImages.Contains(bytes, TestImages.CommentText));
        var markers = TestImages.JpegMarkers(bytes);
        Assert.DoesNotContain((byte)0xE1, markers);
        Assert.DoesNotContain((byte)0xFE, markers);

        // It still decodes, and orientation 6 (turn 90° clockwise) made the wide 40 × 20 picture tall, red quarter top right.
        using var decoded = SKBitmap.Decode(bytes);
        Assert.NotNull(decoded);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
        Assert.Equal((20, 40), (json.GetProperty("width").GetInt32(), json.GetProperty("height").GetInt32()));
        var topRight = decoded.GetPixel(15, 5);
        var topLeft = decoded.GetPixel(3, 5);
        Assert.True(topRight.Red > 200 && topRight.Blue < 80, $"top right should be red, was {topRight}");
        Assert.True(topLeft.Blue > 200 && topLeft.Red < 80, $"top left should be blue, was {topLeft}");

        // What is stored is exactly what is served, with its hash.
        await using var db = app.SystemDb();
        var row = await db.PostImages.SingleAsync(i => i.PostId == post.Id);
        Assert.Equal(bytes, row.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256);
        Assert.Equal("Children planting beans in the school garden.", row.AltText);
        Assert.True(row.NoPupilsShown);
    }

    [Fact]
    public async Task A_published_picture_on_a_public_site_is_served_to_visitors_privately_cached_and_revalidated()
    {
        var post = await NewPostAsync("school", "deputy", PostStatus.Draft);
        var deputy = await app.ApiAsAsync("deputy");
        var r = await deputy.PostAsync(Url("school", post.Slug), Form(TestImages.PngWithTransparency(), "logo.png", "image/png", "A green square.", noPupils: true));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var url = (await r.JsonAsync()).GetProperty("url").GetString()!;
        var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode); // a draft

        await SetStatusAsync(post.Id, PostStatus.Published);
        var served = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(served.Headers.CacheControl is { Private: true, NoCache: true, Public: false }, $"Cache-Control: {served.Headers.CacheControl}");
        Assert.NotNull(served.Headers.ETag);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(served.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);

        // A scheduled post's picture waits for its time like the post.
        await using var db = app.SystemDb();
        (await db.Posts.SingleAsync(p => p.Id == post.Id)).PublishedAt = DateTime.UtcNow.AddDays(1);
        await db.SaveChangesAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
    }

    /// <summary>
    /// The pictures page shows who appears in each picture and, to staff, their photo consent (A.5.2): it is the
    /// author's and the deciders', not every reader's. Readers still see the picture on the post itself.
    /// </summary>
    [Fact]
    public async Task Readers_see_a_published_picture_on_the_post_but_not_the_pictures_page_with_who_appears_in_it()
    {
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");
        var ada = await PupilIdAsync("Ada");
        var r = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "A pupil holding a model longship.", [ada]));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var imageUrl = (await r.JsonAsync()).GetProperty("url").GetString()!;
        await SetStatusAsync(post.Id, PostStatus.Published);

        foreach (var reader in new[] { "parent.1", "y4.pupil2", "teacher.y1", "governor.1" })
        {
            var browser = app.Browser();
            await browser.SignInOkAsync(reader);
            var page = await browser.GetPageAsync($"/sites/year-4/posts/{post.Slug}");
            Assert.Contains(imageUrl, page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(imageUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/sites/year-4/posts/{post.Slug}/images")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(reader)).GetAsync(Url("year-4", post.Slug))).StatusCode);
        }

        // The site's moderator (the ICT leader) and the leadership team decide on it, so they may.
        foreach (var decider in new[] { "ict.lead", "deputy" })
        {
            var browser = app.Browser();
            await browser.SignInOkAsync(decider);
            Assert.Contains("photo consent", Http.Text(await browser.GetPageAsync($"/sites/year-4/posts/{post.Slug}/images")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Formats_are_recognised_by_content_not_by_name()
    {
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");

        // A PNG (with transparency) named .jpg and sent as image/jpeg is taken for what it is, and stays a PNG.
        var png = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.PngWithTransparency(), "holiday.jpg", "image/jpeg", "A green square.", noPupils: true));
        Assert.True(png.StatusCode == HttpStatusCode.Created, await png.Content.ReadAsStringAsync());
        Assert.Equal("image/png", (await png.JsonAsync()).GetProperty("contentType").GetString());

        // A WebP named .png is accepted too (re-encoded as a photo).
        var webp = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.WebP(), "drawing.png", "image/png", "An orange square.", noPupils: true));
        Assert.True(webp.StatusCode == HttpStatusCode.Created, await webp.Content.ReadAsStringAsync());
        Assert.Equal("image/jpeg", (await webp.JsonAsync()).GetProperty("contentType").GetString());

        // A text file named .jpg and sent as image/jpeg is refused, naming the field.
        var text = await teacher.PostAsync(Url("year-4", post.Slug), Form("<script>alert(1)</script>"u8.ToArray(), "photo.jpg", "image/jpeg", "A photo.", noPupils: true));
        await AssertInvalidAsync(text, "file", "not a JPEG, PNG or WebP");

        await using var db = app.SystemDb();
        Assert.Equal(2, await db.PostImages.CountAsync(i => i.PostId == post.Id));
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_with_a_clear_message()
    {
        var bomb = TestImages.PngBomb();
        Assert.True(bomb.Length < 1000, "the bomb is a small file");
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");

        var r = await teacher.PostAsync(Url("year-4", post.Slug), Form(bomb, "bomb.png", "image/png", "A picture.", noPupils: true));
        var problem = await AssertInvalidAsync(r, "file", "100,000 × 100,000 pixels");
        Assert.Contains("40 megapixels", problem, StringComparison.Ordinal);
        Assert.Contains("decompression bomb", problem, StringComparison.Ordinal);

        var jpeg = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.JpegBomb(), "bomb.jpg", "image/jpeg", "A picture.", noPupils: true));
        await AssertInvalidAsync(jpeg, "file", "65,000 × 65,000 pixels");

        // Through the page as well: the form comes back with the message, not an error page.
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var page = await PostPageFormAsync(browser, "year-4", post.Slug, bomb, "A picture.", noPupils: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("decompression bomb", Http.Text(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await using var db = app.SystemDb();
        Assert.False(await db.PostImages.AnyAsync(i => i.PostId == post.Id));
    }

    [Fact]
    public async Task Alt_text_and_who_appears_are_required()
    {
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");
        var jpeg = TestImages.Jpeg();

        await AssertInvalidAsync(await teacher.PostAsync(Url("year-4", post.Slug), Form(jpeg, "a.jpg", "image/jpeg", "  ", noPupils: true)), "altText", "WCAG");
        await AssertInvalidAsync(await teacher.PostAsync(Url("year-4", post.Slug), Form(jpeg, "a.jpg", "image/jpeg", "IMG_0001.JPG", noPupils: true)), "altText", "file name");
        await AssertInvalidAsync(await teacher.PostAsync(Url("year-4", post.Slug), Form(jpeg, "a.jpg", "image/jpeg", "Beans.")), "pupils", "No pupils appear");
        var ada = await PupilIdAsync("Ada");
        await AssertInvalidAsync(await teacher.PostAsync(Url("year-4", post.Slug), Form(jpeg, "a.jpg", "image/jpeg", "Beans.", [ada], noPupils: true)), "pupils", "one or the other");
        await AssertInvalidAsync(await teacher.PostAsync(Url("year-4", post.Slug), Form(jpeg, "a.jpg", "image/jpeg", "Beans.", [Guid.NewGuid()])), "pupils", "school's list");

        // The page summarises every problem at the top, each linking to its field.
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var page = await PostPageFormAsync(browser, "year-4", post.Slug, jpeg, "", noPupils: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#AltText\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Pupils\"", html, StringComparison.Ordinal);

        await using var db = app.SystemDb();
        Assert.False(await db.PostImages.AnyAsync(i => i.PostId == post.Id));
    }

    [Fact]
    public async Task The_upload_page_adds_a_picture_and_the_author_can_remove_it_from_a_draft()
    {
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var browser = app.Browser();
        await browser.SignInOkAsync("teacher.y4");
        var form = await browser.GetPageAsync($"/sites/year-4/posts/{post.Slug}/images");
        Assert.Contains("<label for=\"AltText\">", form, StringComparison.Ordinal);
        Assert.Contains("Cara Demo", form, StringComparison.Ordinal); // staff tag pupils from the school's list

        var added = await PostPageFormAsync(browser, "year-4", post.Slug, TestImages.Jpeg(), "A bean plant on a windowsill.", noPupils: true);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await browser.GetPageAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("alt=\"A bean plant on a windowsill.\"", page, StringComparison.Ordinal);

        await using var db = app.SystemDb();
        var image = await db.PostImages.SingleAsync(i => i.PostId == post.Id);
        var delete = await browser.PostAsync($"/sites/year-4/posts/{post.Slug}/images?handler=Delete&id={image.Id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Http.Token(page))]));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await db.PostImages.AnyAsync(i => i.PostId == post.Id));
    }

    [Fact]
    public async Task Only_the_author_changes_pictures_and_only_while_the_post_is_a_draft()
    {
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");
        var created = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Beans.", noPupils: true));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        // Nobody else can even find a draft.
        var other = await app.ApiAsAsync("assistant.head");
        var parent = await app.ApiAsAsync("parent.1");
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"{Url("year-4", post.Slug)}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.DeleteAsync($"{Url("year-4", post.Slug)}/{id}")).StatusCode);

        // Once submitted, the site's administrator sees it but may not change it; nor may the author: the approver
        // sees exactly what will be published (A.3.4).
        await SetStatusAsync(post.Id, PostStatus.Submitted);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Beans.", noPupils: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync($"{Url("year-4", post.Slug)}/{id}")).StatusCode);
        await (await teacher.DeleteAsync($"{Url("year-4", post.Slug)}/{id}")).AssertRefusedAsync("A.3.4");
        await (await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Beans.", noPupils: true))).AssertRefusedAsync("A.3.4");

        await SetStatusAsync(post.Id, PostStatus.Draft);
        Assert.Equal(HttpStatusCode.NoContent, (await teacher.DeleteAsync($"{Url("year-4", post.Slug)}/{id}")).StatusCode);
        await using var db = app.SystemDb();
        Assert.False(await db.PostImages.AnyAsync(i => i.Id == id));
    }

    [Fact]
    public async Task Publishing_is_blocked_while_a_tagged_pupil_lacks_photo_consent()
    {
        var (ada, cara, dev) = (await PupilIdAsync("Ada"), await PupilIdAsync("Cara"), await PupilIdAsync("Dev"));
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");
        var r = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Three pupils reading.", [ada, cara, dev]));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());

        // On the year-4 blog (parents and school): Ada has consent, Cara's limited consent is enough, Dev has none.
        var blockers = await BlockersAsync(post.Id, "year-4");
        var only = Assert.Single(blockers);
        Assert.Equal("A.5.2", only.Clause);
        Assert.Contains("Dev Specimen", only.Message, StringComparison.Ordinal);
        var list = await (await teacher.GetAsync(Url("year-4", post.Slug))).JsonAsync();
        Assert.Equal("A.5.2", list.GetProperty("publishBlockers")[0].GetProperty("clause").GetString());
        Assert.Equal(3, list.GetProperty("images")[0].GetProperty("pupils").GetArrayLength());

        // On the public school blog, limited consent is not enough.
        var news = await NewPostAsync("school", "deputy", PostStatus.Draft);
        var deputy = await app.ApiAsAsync("deputy");
        Assert.Equal(HttpStatusCode.Created, (await deputy.PostAsync(Url("school", news.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Reading.", [ada, cara]))).StatusCode);
        var publicBlockers = await BlockersAsync(news.Id, "school");
        Assert.Contains("Cara Demo", Assert.Single(publicBlockers).Message, StringComparison.Ordinal);

        // Consent is read when publishing: once the family agrees, nothing blocks.
        await using (var db = app.SystemDb())
        {
            (await db.People.SingleAsync(p => p.Id == dev)).PhotoConsent = PhotoConsent.Yes;
            await db.SaveChangesAsync();
        }

        Assert.Empty(await BlockersAsync(post.Id, "year-4"));
        await using (var db = app.SystemDb())
        {
            (await db.People.SingleAsync(p => p.Id == dev)).PhotoConsent = PhotoConsent.No;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_moderator_cannot_approve_a_pupil_post_whose_picture_shows_a_pupil_without_consent()
    {
        await SetPupilImagesAsync("year-4", true);
        var post = await NewPostAsync("year-4", "y4.pupil5", PostStatus.Held, byPupil: true);
        var itemId = await ReviewItemAsync(post.Id);
        var pupil = await app.ApiAsAsync("y4.pupil5");
        var r = await pupil.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Dev and me with our model.", [await PupilIdAsync("Dev")]));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var imageId = (await r.JsonAsync()).GetProperty("id").GetGuid();

        var moderator = await app.ApiAsAsync("ict.lead");
        var refused = await moderator.PostAsJsonAsync($"/api/moderation/items/{itemId}/decision", new { action = "approve", version = 0 });
        await refused.AssertRefusedAsync("A.5.2");
        await using (var db = app.SystemDb())
        {
            Assert.Equal(PostStatus.Held, (await db.Posts.SingleAsync(p => p.Id == post.Id)).Status);
            Assert.Equal(ReviewStatus.Pending, (await db.ReviewItems.SingleAsync(i => i.Id == itemId)).Status);
        }

        // The pupil takes the picture off; now the moderator can publish.
        Assert.Equal(HttpStatusCode.NoContent, (await pupil.DeleteAsync($"{Url("year-4", post.Slug)}/{imageId}")).StatusCode);
        var approved = await moderator.PostAsJsonAsync($"/api/moderation/items/{itemId}/decision", new { action = "approve", version = 0 });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        await using (var db = app.SystemDb())
        {
            Assert.Equal(PostStatus.Published, (await db.Posts.SingleAsync(p => p.Id == post.Id)).Status);
        }

        await SetPupilImagesAsync("year-4", false);
    }

    [Fact]
    public async Task Leadership_approval_waits_for_photo_consent_and_the_post_page_shows_the_picture()
    {
        var dev = await PupilIdAsync("Dev");
        var post = await NewPostAsync("year-4", "teacher.y4", PostStatus.Draft);
        var teacher = await app.ApiAsAsync("teacher.y4");
        var r = await teacher.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "Dev holding the class trophy.", [dev]));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        int version;
        await using (var db = app.SystemDb())
        {
            var p = await db.Posts.SingleAsync(x => x.Id == post.Id);
            p.Status = PostStatus.Submitted;
            p.SubmittedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
            version = p.Version;
        }

        var deputy = await app.ApiAsAsync("deputy");
        var decision = $"/api/sites/year-4/posts/{post.Slug}/decision";
        await (await deputy.PostAsJsonAsync(decision, new { action = "approve", version })).AssertRefusedAsync("A.5.2");

        try
        {
            await SetConsentAsync(dev, PhotoConsent.Yes);
            var approved = await deputy.PostAsJsonAsync(decision, new { action = "approve", version });
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

            var classmate = app.Browser();
            await classmate.SignInOkAsync("y4.pupil2");
            var page = await classmate.GetPageAsync($"/sites/year-4/posts/{post.Slug}");
            Assert.Contains("alt=\"Dev holding the class trophy.\"", page, StringComparison.Ordinal);
            Assert.Contains("<figure class=\"post-image\">", page, StringComparison.Ordinal);
        }
        finally
        {
            await SetConsentAsync(dev, PhotoConsent.No);
        }
    }

    [Fact]
    public async Task A_held_pupil_posts_picture_is_not_found_by_other_pupils_or_visitors()
    {
        await SetPupilImagesAsync("year-4", true);
        var post = await NewPostAsync("year-4", "y4.pupil1", PostStatus.Held, byPupil: true);
        var author = await app.ApiAsAsync("y4.pupil1");
        var r = await author.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "My bean plant.", noPupils: true));
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var url = "/api" + (await r.JsonAsync()).GetProperty("url").GetString()!;
        var pageUrl = url["/api".Length..];

        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("teacher.y4")).GetAsync(url)).StatusCode); // the site's administrator moderates it
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("y4.pupil2")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("parent.1")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(pageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(pageUrl.Replace("year-4", "school", StringComparison.Ordinal))).StatusCode);
        var classmate = app.Browser();
        await classmate.SignInOkAsync("y4.pupil2");
        Assert.Equal(HttpStatusCode.NotFound, (await classmate.GetAsync(pageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("y4.pupil2")).GetAsync(Url("year-4", post.Slug))).StatusCode);

        // Once a moderator publishes it, readers of the site see it; the site is not public, so visitors still do not.
        await SetStatusAsync(post.Id, PostStatus.Published);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("y4.pupil2")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("parent.1")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await classmate.GetAsync(pageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(pageUrl)).StatusCode);

        // Hidden for a safeguarding concern: gone again for everyone but the DSL and the Headteacher (A.2.3).
        await using (var db = app.SystemDb())
        {
            (await db.Posts.SingleAsync(p => p.Id == post.Id)).HiddenForConcern = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync("y4.pupil2")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync("dsl")).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Pupils_add_pictures_only_where_the_site_allows_it()
    {
        await SetPupilImagesAsync("year-4", false);
        var post = await NewPostAsync("year-4", "y4.pupil3", PostStatus.Held, byPupil: true);
        var pupil = await app.ApiAsAsync("y4.pupil3");
        await (await pupil.PostAsync(Url("year-4", post.Slug), Form(TestImages.Jpeg(), "a.jpg", "image/jpeg", "My drawing.", noPupils: true))).AssertRefusedAsync("A.5.1");

        // A pupil sees classmates by first name only on the form (A.5.2).
        await SetPupilImagesAsync("year-4", true);
        var browser = app.Browser();
        await browser.SignInOkAsync("y4.pupil3");
        var form = Http.Text(await browser.GetPageAsync($"/sites/year-4/posts/{post.Slug}/images"));
        Assert.Contains("Ada", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Example", form, StringComparison.Ordinal);
        await SetPupilImagesAsync("year-4", false);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static string Url(string site, string post) => $"/api/sites/{site}/posts/{post}/images";

    private static MultipartFormDataContent Form(byte[] file, string fileName, string contentType, string? alt, IEnumerable<Guid>? pupils = null, bool noPupils = false)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "altText");
        }

        foreach (var p in pupils ?? [])
        {
            form.Add(new StringContent(p.ToString()), "pupils");
        }

        if (noPupils)
        {
            form.Add(new StringContent("true"), "noPupils");
        }

        return form;
    }

    private static async Task<HttpResponseMessage> PostPageFormAsync(HttpClient browser, string site, string post, byte[] file, string alt, bool noPupils)
    {
        var url = $"/sites/{site}/posts/{post}/images";
        var page = await browser.GetPageAsync(url);
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "Picture", "upload.bin");
        form.Add(new StringContent(alt), "AltText");
        if (noPupils)
        {
            form.Add(new StringContent("true"), "NoPupils");
        }

        form.Add(new StringContent(Http.Token(page)), "__RequestVerificationToken");
        return await browser.PostAsync(url, form);
    }

    private static async Task<string> AssertInvalidAsync(HttpResponseMessage r, string field, string text)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var json = await r.JsonAsync();
        Assert.Equal(field, json.GetProperty("field").GetString());
        Assert.Contains(text, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return json.GetProperty("detail").GetString()!;
    }

    private async Task<(Guid Id, string Slug)> NewPostAsync(string site, string author, PostStatus status, bool byPupil = false)
    {
        await using var db = app.SystemDb();
        var s = await db.Sites.SingleAsync(x => x.Slug == site);
        var userId = (await db.Users.SingleAsync(u => u.UserName == author)).Id;
        var person = await db.People.SingleAsync(p => p.UserId == userId);
        var now = DateTime.UtcNow;
        var post = new Post
        {
            SchoolId = s.SchoolId, SiteId = s.Id, Slug = "post-" + Guid.NewGuid().ToString("N")[..10], Title = "Our bean diary", Body = "We planted beans.",
            AuthorId = person.Id, ByPupil = byPupil, Status = status, CreatedAt = now, UpdatedAt = now,
        };
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return (post.Id, post.Slug);
    }

    private async Task<Guid> ReviewItemAsync(Guid postId)
    {
        await using var db = app.SystemDb();
        var post = await db.Posts.SingleAsync(p => p.Id == postId);
        var item = new ReviewItem
        {
            SchoolId = post.SchoolId, SiteId = post.SiteId, ContentKind = ContentKind.Post, PostId = post.Id, Status = ReviewStatus.Pending,
            Priority = 4, ReasonsJson = "[]", CreatedAt = DateTime.UtcNow,
        };
        db.ReviewItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    private async Task SetConsentAsync(Guid pupil, PhotoConsent consent)
    {
        await using var db = app.SystemDb();
        (await db.People.SingleAsync(p => p.Id == pupil)).PhotoConsent = consent;
        await db.SaveChangesAsync();
    }

    private async Task SetStatusAsync(Guid postId, PostStatus status)
    {
        await using var db = app.SystemDb();
        var post = await db.Posts.SingleAsync(p => p.Id == postId);
        post.Status = status;
        post.PublishedAt = status == PostStatus.Published ? DateTime.UtcNow.AddMinutes(-1) : null;
        await db.SaveChangesAsync();
    }

    private async Task SetPupilImagesAsync(string site, bool allowed)
    {
        await using var db = app.SystemDb();
        (await db.Sites.SingleAsync(s => s.Slug == site)).PupilsMayUploadImages = allowed;
        await db.SaveChangesAsync();
    }

    private async Task<Guid> PupilIdAsync(string firstName)
    {
        await using var db = app.SystemDb();
        return (await db.People.SingleAsync(p => p.Kind == PersonKind.Pupil && p.FirstName == firstName)).Id;
    }

    private async Task<IReadOnlyList<Signpost.Web.Features.Sites.Refusal>> BlockersAsync(Guid postId, string site)
    {
        await using var db = app.SystemDb();
        var s = await db.Sites.SingleAsync(x => x.Slug == site);
        return await ImageConsent.PublishBlockersAsync(db, postId, s, CancellationToken.None);
    }
}

public sealed class PostImageTests_Sqlite(SqliteFactory app) : PostImageTests<SqliteFactory>(app);

[Collection("postgres")]
public sealed class PostImageTests_Postgres(PostgresFactory app) : PostImageTests<PostgresFactory>(app);
