// LeadMiner UI: upload with progress, and evidence boxes drawn over the page image.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function pollDossier(id, status) {
    fetch("/api/v1/dossiers/" + id, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var p = d.progress;
        status.textContent = "分析进度：" + p.finished + "/" + p.files + " 个文件，已得到 " + p.documents + " 份文书" +
          (p.failed ? "，失败 " + p.failed : "");
        if (p.finished < p.files) { setTimeout(function () { pollDossier(id, status); }, 1000); }
        else { status.textContent += "。分析完成。"; setTimeout(function () { location.reload(); }, 800); }
      });
  }

  var form = document.getElementById("upload-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var bar = document.getElementById("upload-progress");
      var status = document.getElementById("upload-status");
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/v1/uploads");
      xhr.setRequestHeader("X-CSRF-Token", csrf);
      bar.hidden = false;
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); status.textContent = "上传中 " + bar.value + "%"; }
      };
      xhr.onload = function () {
        if (xhr.status >= 200 && xhr.status < 300) {
          var d = JSON.parse(xhr.responseText);
          bar.value = 100;
          status.textContent = "已上传，案卷编号 " + d.id + "，正在分析……";
          pollDossier(d.id, status);
        } else {
          var detail = "";
          try { detail = JSON.parse(xhr.responseText).detail; } catch (e) { detail = xhr.statusText; }
          status.textContent = "上传失败：" + detail;
        }
      };
      xhr.send(new FormData(form));
    });
  }

  var dataNode = document.getElementById("clue-data");
  var image = document.getElementById("page-image");
  if (dataNode && image) {
    var data = JSON.parse(dataNode.textContent);
    var layer = document.getElementById("page-boxes");
    var current = parseInt(image.src.match(/pages\/(\d+)\.png/)[1], 10);

    function drawBoxes() {
      layer.innerHTML = "";
      var page = data.pages.filter(function (p) { return p.number === current; })[0];
      if (!page || !page.width || !image.naturalWidth) { return; }
      var scale = image.clientWidth / page.width;
      data.evidence.forEach(function (ev) {
        if (ev.page !== current) { return; }
        ev.boxes.forEach(function (b) {
          var div = document.createElement("div");
          div.className = "evidence-box kind-" + ev.kind;
          div.dataset.finding = ev.finding;
          div.title = ev.text || "";
          div.style.left = (b.x0 * scale) + "px";
          div.style.top = (b.y0 * scale) + "px";
          div.style.width = Math.max((b.x1 - b.x0) * scale, 2) + "px";
          div.style.height = Math.max((b.y1 - b.y0) * scale, 2) + "px";
          layer.appendChild(div);
        });
      });
    }
    image.addEventListener("load", drawBoxes);
    window.addEventListener("resize", drawBoxes);
    if (image.complete) { drawBoxes(); }
    document.querySelectorAll(".page-btn").forEach(function (button) {
      button.addEventListener("click", function () {
        current = parseInt(button.dataset.page, 10);
        image.src = "/api/v1/documents/" + data.document_id + "/pages/" + current + ".png";
      });
    });
    document.querySelectorAll(".finding").forEach(function (article) {
      article.addEventListener("click", function () {
        var index = parseInt(article.dataset.finding, 10);
        var ev = data.evidence.filter(function (e) { return e.finding === index && e.page; })[0];
        if (ev && ev.page !== current) {
          current = ev.page;
          image.src = "/api/v1/documents/" + data.document_id + "/pages/" + current + ".png";
        }
        document.querySelectorAll(".evidence-box").forEach(function (box) {
          box.classList.toggle("active", parseInt(box.dataset.finding, 10) === index);
        });
      });
    });
  }
})();
