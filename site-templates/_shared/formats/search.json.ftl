<#ftl output_format="JSON">
<#-- SearchData as JSON: what js/search-page.js searches when the search API cannot be reached. ?c on a string gives a JSON string literal (FreeMarker 2.3.32+). -->
{"site":${search.site?c},"language":${search.language?c},"items":[
<#list search.items as item>
{"type":${item.type?c},"title":${item.title?c},"url":${item.url?c},"date":${item.date?c},"summary":${item.summary?c},"site":${(item.siteName!"")?c},"docNo":<#if item.docNo??>${item.docNo?c}<#else>null</#if>}<#sep>,</#sep>
</#list>
]}
