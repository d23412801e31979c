package org.saima.exam;

import org.saima.shared.service.ServiceMain;

public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    ServiceMain.run(new ExamService(), args);
  }
}
