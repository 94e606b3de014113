package com.digitalbank.agent.builder.offline;

import java.util.Locale;

/** The static site's fixed files and each page's main content. */
final class StaticSiteTexts {

	static final String STYLES = """
			:root { --ink: #1f2933; --accent: #0b7285; --paper: #f8f9fa; }
			* { box-sizing: border-box; }
			body { margin: 0; font-family: system-ui, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.6; }
			.site-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; padding: 1rem 2rem; background: var(--accent); }
			.site-header a { color: #fff; text-decoration: none; }
			.brand { font-size: 1.4rem; font-weight: 700; }
			nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
			nav a[aria-current="page"] { text-decoration: underline; }
			main { max-width: 60rem; margin: 0 auto; padding: 2rem; }
			.hero { padding: 3rem 0; }
			form { display: grid; gap: 0.75rem; max-width: 30rem; }
			input, textarea, button { font: inherit; padding: 0.5rem; }
			button { background: var(--accent); color: #fff; border: 0; cursor: pointer; }
			footer { text-align: center; padding: 2rem; color: #52606d; }
			""";

	static final String SCRIPT = """
			// Fills in the footer's year and answers the contact form without a server.
			document.addEventListener('DOMContentLoaded', () => {
			  const year = document.getElementById('year');
			  if (year) {
			    year.textContent = new Date().getFullYear();
			  }
			  const form = document.querySelector('form[data-contact]');
			  if (form) {
			    form.addEventListener('submit', (event) => {
			      event.preventDefault();
			      form.querySelector('.status').textContent = 'Thank you! We will get back to you soon.';
			      form.reset();
			    });
			  }
			});
			""";

	private StaticSiteTexts() {
	}

	static String content(ProjectSpec spec, String page) {
		String phrase = Names.phrase(page);
		String heading = phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
		if (page.equals("Home")) {
			return """
					    <section class="hero">
					      <h1>%s</h1>
					      <p>%s</p>
					    </section>
					""".formatted(StaticSiteRenderer.html(spec.name()), StaticSiteRenderer.html(spec.tagline()));
		}
		if (page.toLowerCase(Locale.ROOT).contains("contact")) {
			return """
					    <h1>%s</h1>
					    <form data-contact>
					      <label for="name">Name</label>
					      <input id="name" name="name" required>
					      <label for="email">E-mail</label>
					      <input id="email" name="email" type="email" required>
					      <label for="message">Message</label>
					      <textarea id="message" name="message" rows="5" required></textarea>
					      <button type="submit">Send</button>
					      <p class="status" role="status"></p>
					    </form>
					""".formatted(StaticSiteRenderer.html(heading));
		}
		return """
				    <h1>%s</h1>
				    <p>%s: %s</p>
				""".formatted(StaticSiteRenderer.html(heading), StaticSiteRenderer.html(spec.name()),
				StaticSiteRenderer.html(spec.tagline()));
	}

}
