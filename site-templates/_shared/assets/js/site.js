/*
 * Progressive enhancement for the shared layout; pages work without it.
 * Marks <html> as .js and turns the navigation into a menu button on small screens
 * (the CSS collapses the menu only when .js is set and the button says aria-expanded="false").
 */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var button = document.querySelector(".nav-toggle");
  if (!button) {
    return;
  }
  var menu = document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) {
    return;
  }
  button.hidden = false;

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
