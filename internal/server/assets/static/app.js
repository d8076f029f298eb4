// annals: small enhancements; every page works without this file.
//
// On a story page, pointing at (or focusing) an event in the list lights up
// its evidence in the text, and clicking evidence in the text opens and
// lights the events it supports.
"use strict";

(function () {
  function evidenceFor(n) {
    return Array.prototype.filter.call(document.querySelectorAll(".text .ev"), function (el) {
      return (el.getAttribute("data-ev") || "").split(" ").indexOf(n) >= 0;
    });
  }

  function light(n, on) {
    evidenceFor(n).forEach(function (el) { el.classList.toggle("lit", on); });
  }

  document.querySelectorAll("li.event[data-ev]").forEach(function (li) {
    var n = li.getAttribute("data-ev");
    li.addEventListener("mouseenter", function () { light(n, true); });
    li.addEventListener("mouseleave", function () { if (!li.querySelector("details").open) light(n, false); });
    li.querySelector("details").addEventListener("toggle", function (e) {
      light(n, e.target.open);
      if (e.target.open) {
        var first = evidenceFor(n)[0];
        if (first && first.scrollIntoView) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
    });
  });

  document.querySelectorAll(".text .ev").forEach(function (el) {
    el.addEventListener("click", function (e) {
      if (e.target.closest("a")) return; // entity links keep working
      (el.getAttribute("data-ev") || "").split(" ").forEach(function (n) {
        var li = document.querySelector('li.event[data-ev="' + n + '"]');
        if (!li) return;
        li.querySelector("details").open = true;
        li.classList.add("lit");
        setTimeout(function () { li.classList.remove("lit"); }, 1600);
        li.scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
    });
  });

  // "/" focuses the search box, as on many news and code sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") return;
    var box = document.querySelector("main input[type=search]") || document.querySelector(".topsearch input");
    if (box) { e.preventDefault(); box.focus(); }
  });
})();
