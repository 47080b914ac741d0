"""One error tree with stable codes.

    LeadMinerError                  (code, stage, message for a clerk, page)
    ├── InputError        E0xx      the uploaded file itself is unusable
    ├── OCRError          E1xx      a page could not be read
    ├── ExtractionError   E2xx      fields could not be read from the text
    ├── ScoringError      E3xx      rules or the scorer failed
    ├── KnowledgeError    E4xx      the knowledge base is missing or inconsistent
    └── ConfigError       E9xx      a setting or a registry name is wrong

Expected data errors are recorded on the document (``ErrorRecord``) and never sink the
batch; only programming errors propagate.
"""

from __future__ import annotations

from dataclasses import dataclass

# code -> (stage, message a clerk understands)
CATALOG: dict[str, tuple[str, str]] = {
    "E001": ("ingest", "文件为空（0字节），请重新上传原件。"),
    "E002": ("ingest", "不支持的文件类型，请上传PDF、图片、Word、OFD、TXT、HTML或ZIP文件。"),
    "E003": ("ingest", "文件已损坏或不完整，无法打开，请重新扫描或重新导出后上传。"),
    "E004": ("ingest", "PDF文件已加密，需要密码才能打开，请上传未加密的文件。"),
    "E005": ("ingest", "文件过大或图片像素过多，超过系统限制。"),
    "E006": ("ingest", "压缩包内文件路径不安全（试图写到压缩包以外），该文件已跳过。"),
    "E007": ("ingest", "压缩包解压后体积异常巨大（疑似压缩炸弹），已停止解压。"),
    "E008": ("ingest", "文件扩展名与实际内容不符，已按实际内容处理。"),
    "E009": ("ingest", "无法识别文本文件的字符编码。"),
    "E010": ("ingest", "文件中没有可读的文字内容。"),
    "E011": ("ingest", "压缩包嵌套层数过多，已停止解压。"),
    "E012": ("ingest", "压缩包内文件数量超过系统限制，其余文件已跳过。"),
    "E101": ("ocr", "文字识别引擎不可用，请联系管理员安装。"),
    "E102": ("ocr", "该页文字识别失败，其他页已继续处理。"),
    "E103": ("ocr", "未知的文字识别引擎名称。"),
    "E104": ("ocr", "该页无法渲染为图像，其他页已继续处理。"),
    "E105": ("ocr", "该页文字识别置信度很低，识别结果可能不准确，请人工核对。"),
    "E201": ("extract", "未能从文书中识别出处罚决定的主要内容。"),
    "E202": ("extract", "引用的法律条文在该文书作出时施行的版本中不存在。"),
    "E301": ("score", "线索评分失败。"),
    "E401": ("knowledge", "知识库文件缺失或格式错误。"),
    "E901": ("config", "配置项取值无效。"),
    "E902": ("config", "未知的组件名称。"),
    "E903": ("config", "模型版本不存在或尚未发布，请先训练并发布模型。"),
}


class LeadMinerError(Exception):
    """Base of every error LeadMiner raises on purpose."""

    code = "E000"

    def __init__(self, code: str | None = None, message: str | None = None, *,
                 page: int | None = None, detail: str | None = None) -> None:
        self.code = code or self.code
        stage, default_message = CATALOG.get(self.code, ("unknown", "处理失败。"))
        self.stage = stage
        self.message = message or default_message
        self.page = page
        self.detail = detail
        super().__init__(f"{self.code} {self.message}" + (f" ({detail})" if detail else ""))


class InputError(LeadMinerError):
    code = "E003"


class OCRError(LeadMinerError):
    code = "E102"


class ExtractionError(LeadMinerError):
    code = "E201"


class ScoringError(LeadMinerError):
    code = "E301"


class KnowledgeError(LeadMinerError):
    code = "E401"


class ConfigError(LeadMinerError):
    code = "E901"


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    stage: str
    message: str


def describe(code: str) -> ErrorInfo:
    stage, message = CATALOG[code]
    return ErrorInfo(code=code, stage=stage, message=message)
