// Page behaviour that must run in the browser: quick exit, and citation links that open their source.
(() => {
  const EXIT_URL = "__EXIT_URL__";
  function quickExit() {
    try {
      document.title = "";
      document.body.innerHTML = "";
      sessionStorage.clear();
    } catch (e) { /* leave anyway */ }
    window.location.replace(EXIT_URL);  // replace: the back button does not return here
  }
  window.kbQuickExit = quickExit;

  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < 1500) quickExit();
    lastEscape = now;
  });

  document.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest('a[href^="#src-"]') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    document.querySelectorAll("details.src.active").forEach((d) => d.classList.remove("active"));
    target.open = true;
    target.classList.add("active");
    target.scrollIntoView({ block: "nearest" });
    const summary = target.querySelector("summary");
    if (summary) summary.focus();
  }, true);
})();
