package org.saima.live.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A developer's tool, not a test: screenshots of pages that keep a connection open (the board's event
 * stream), which Chromium's own --screenshot cannot wait for. Usage: Shoot URL OUT.png WIDTH HEIGHT WAIT_MS.
 */
public final class Shoot {
  private Shoot() {
  }

  public static void main(String[] args) throws Exception {
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=zh-CN", "--window-size=" + args[2] + "," + args[3]);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(args[0]);
      Thread.sleep(Long.parseLong(args[4]));
      Files.write(Path.of(args[1]), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
      service.stop();
    }
  }
}
