"""The starter list of chuyên đề shipped with the program: the main themes of oral outreach for 2026,
offered first by the talk form and matched by every saved talk, so that communes name a theme the
same way and the province's tables by topic do not split. A listed topic enters the topics table
(and travels, like any topic) the first time a talk names it: the log's filters list only topics in
use. Topics sent down in packs extend the list; a cadre may still type any other topic.

Sources (public): the documents of the 14th Party Congress (January 2026); the Politburo's
resolutions of 2024-2025 on breakthroughs (57 science, technology and digital transformation; 59
international integration; 66 law-making; 68 the private economy; 70 energy security; 71 education;
72 people's health); the two-tier local government in force since 1 July 2025 and the amended
Constitution of 2025; the March 2026 elections to the 16th National Assembly and the people's
councils; Directive 05-CT/TW and Resolution 35-NQ/TW; Law 91/2025/QH15 on personal data; and the
standing themes of commune loudspeaker and meeting programmes (safety, health, environment)."""

from __future__ import annotations

VOCABULARY: tuple[str, ...] = (
    "Nghị quyết Đại hội XIV",
    "Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030",
    "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp",
    "Chính quyền địa phương hai cấp",
    "Sắp xếp, tinh gọn bộ máy của hệ thống chính trị",
    "Hiến pháp sửa đổi năm 2025",
    "Chuyển đổi số",
    "Khoa học, công nghệ, đổi mới sáng tạo (Nghị quyết 57-NQ/TW)",
    "Hội nhập quốc tế (Nghị quyết 59-NQ/TW)",
    "Xây dựng và thi hành pháp luật (Nghị quyết 66-NQ/TW)",
    "Phát triển kinh tế tư nhân (Nghị quyết 68-NQ/TW)",
    "Bảo đảm an ninh năng lượng (Nghị quyết 70-NQ/TW)",
    "Phát triển giáo dục và đào tạo (Nghị quyết 71-NQ/TW)",
    "Bảo vệ, chăm sóc sức khỏe nhân dân (Nghị quyết 72-NQ/TW)",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Bảo vệ nền tảng tư tưởng của Đảng",
    "Phòng, chống tham nhũng, lãng phí, tiêu cực",
    "Cải cách hành chính, dịch vụ công trực tuyến",
    "Đề án 06: dữ liệu dân cư, định danh điện tử",
    "Bảo vệ dữ liệu cá nhân",
    "Thực hiện dân chủ ở cơ sở",
    "Xây dựng nông thôn mới",
    "Giảm nghèo bền vững",
    "Bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
    "Phòng, chống lừa đảo qua mạng",
    "Phòng, chống ma túy",
    "An ninh trật tự, an toàn giao thông",
    "Bảo vệ môi trường, phân loại rác",
    "Phòng, chống thiên tai, thích ứng biến đổi khí hậu",
    "Chủ quyền biển, đảo",
    "Kỷ niệm các ngày lễ lớn, sự kiện lịch sử",
)
