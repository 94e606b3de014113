package com.digitalbank.agent.builder.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.digitalbank.agent.builder.PlanTask;

/**
 * The static website template: one HTML5 page per requested page (the home page is
 * {@code index.html}), a shared stylesheet, a small script and a README. Every page links
 * every other, and a contact page has a form.
 */
final class StaticSiteRenderer implements TemplateRenderer {

	@Override
	public List<PlanTask> tasks(ProjectSpec spec) {
		List<PlanTask> tasks = new ArrayList<>();
		tasks.add(new PlanTask("layout", "Shared layout", "The stylesheet, the script and the README.",
				List.of("css/styles.css", "js/main.js", "README.md")));
		for (String page : spec.pages()) {
			tasks.add(new PlanTask("page-" + file(page).replace(".html", ""), "The " + page + " page",
					"The " + page + " page with the shared navigation.", List.of(file(page))));
		}
		return tasks;
	}

	@Override
	public Optional<String> render(ProjectSpec spec, String path) {
		return switch (path) {
			case "css/styles.css" -> Optional.of(StaticSiteTexts.STYLES);
			case "js/main.js" -> Optional.of(StaticSiteTexts.SCRIPT);
			case "README.md" -> Optional.of(readme(spec));
			default ->
				spec.pages().stream().filter(page -> file(page).equals(path)).findFirst().map(page -> page(spec, page));
		};
	}

	static String file(String page) {
		return page.equals("Home") ? "index.html" : Names.slug(page) + ".html";
	}

	private static String page(ProjectSpec spec, String page) {
		StringBuilder nav = new StringBuilder();
		for (String other : spec.pages()) {
			nav.append("        <li><a href=\"")
				.append(file(other))
				.append('"')
				.append(other.equals(page) ? " aria-current=\"page\"" : "")
				.append('>')
				.append(html(Names.phrase(other).substring(0, 1).toUpperCase(Locale.ROOT)
						+ Names.phrase(other).substring(1)))
				.append("</a></li>\n");
		}
		String title = page.equals("Home") ? spec.name() : Names.phrase(page) + " | " + spec.name();
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s</title>
				  <link rel="stylesheet" href="css/styles.css">
				</head>
				<body>
				  <header class="site-header">
				    <a class="brand" href="index.html">%s</a>
				    <nav>
				      <ul>
				%s      </ul>
				    </nav>
				  </header>
				  <main>
				%s  </main>
				  <footer>
				    <p>&copy; <span id="year"></span> %s</p>
				  </footer>
				  <script src="js/main.js"></script>
				</body>
				</html>
				""".formatted(html(title), html(spec.name()), nav, StaticSiteTexts.content(spec, page),
				html(spec.name()));
	}

	private static String readme(ProjectSpec spec) {
		StringBuilder readme = new StringBuilder("# ").append(spec.name())
			.append("\n\n")
			.append(spec.tagline())
			.append("\n\nA static website: open `index.html`, or serve the folder with any web server.\n\n## Pages\n\n");
		spec.pages().forEach(page -> readme.append("- `").append(file(page)).append("`: ").append(page).append('\n'));
		return readme.toString();
	}

	static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
