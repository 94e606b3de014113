package com.digitalbank.agent.assistant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.digitalbank.agent.AgentIntegrationTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The chat page in a real headless browser (Debian's chromium, driven by Selenium through
 * Debian's chromium-driver; .ci/run installs both) on a phone-sized screen: sign in with
 * a dev token, ask the balance and see it, prepare a transfer, confirm it with the
 * button, and find it in the history after a reload.
 */
@AgentIntegrationTest
class ChatPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	WireMockServer services;

	WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"No browser: install Debian's chromium and chromium-driver (.ci/run does) to run the chat page test");
		ServiceAnswers.stubAll(services);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=390,844",
					"--user-data-dir=" + Files.createTempDirectory("chat-page-chromium").toAbsolutePath());
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driver, options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void asksTheBalanceAndConfirmsATransferWithTheButtonOnAPhoneSizedScreen() {
		ChatApi user = ChatApi.newUser(port);
		browser.get("http://localhost:" + port + "/chat/#token=" + user.token);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
		// Nothing wider than the phone's screen: no sideways scrolling.
		Number page = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth");
		Number screen = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
		assertThat(page.intValue()).isLessThanOrEqualTo(screen.intValue());
		assertThat(browser.findElement(By.id("composer")).getRect().getWidth()).isLessThanOrEqualTo(screen.intValue());

		say(wait, "¿cuánto tengo?");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tu saldo es $20,000.50 MXN"));

		say(wait, "mándale 500 a mi mamá");
		WebElement pending = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pending")));
		assertThat(pending.getText()).contains("María López").contains("••••2001").contains("$500.00 MXN");
		services.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));
		browser.findElement(By.id("confirm")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Listo: transferí $500.00"));
		assertThat(browser.findElement(By.id("pending")).isDisplayed()).isFalse();

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Listo: transferí $500.00"));
		assertThat(browser.findElement(By.id("messages")).getText()).contains("mándale 500 a mi mamá");
		services.verify(1, postRequestedFor(urlEqualTo("/v1/transfers")));
	}

	private void say(WebDriverWait wait, String text) {
		WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

}
