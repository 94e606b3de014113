package com.digitalbank.agent.assistant.mcp;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import com.digitalbank.agent.assistant.AssistantTools;
import com.digitalbank.agent.assistant.BankServices;
import com.digitalbank.agent.assistant.ChatManagement;
import com.digitalbank.agent.assistant.ChatSession;
import com.digitalbank.agent.assistant.PendingAction;
import com.digitalbank.agent.assistant.ToolCalls;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The assistant's tools as an MCP server serves them, for the user whose token came with
 * the MCP request: the same reading tools, and the same two prepare tools, whose action
 * waits in a chat session of the user's for the user to confirm (the chat page, or the
 * confirm endpoint with the user's own token). There is no tool that confirms: an agent
 * cannot move money by itself.
 */
public class McpAssistantTools {

	private final BankServices services;

	private final ChatManagement chats;

	private final Clock clock;

	public McpAssistantTools(BankServices services, ChatManagement chats, Clock clock) {
		this.services = services;
		this.chats = chats;
		this.clock = clock;
	}

	@Tool(name = "balances", description = "The user's accounts with their balances")
	public List<AssistantTools.AccountView> balances() {
		return tools(new ToolCalls(false)).balances();
	}

	@Tool(name = "recentMovements",
			description = "The user's most recent ledger entries across all their accounts, newest first")
	public List<AssistantTools.MovementView> recentMovements(
			@ToolParam(required = false, description = "how many, 1 to 20; 5 when absent") Integer limit) {
		return tools(new ToolCalls(false)).recentMovements(limit);
	}

	@Tool(name = "beneficiaries", description = "The people and accounts the user can send money to")
	public List<AssistantTools.BeneficiaryView> beneficiaries() {
		return tools(new ToolCalls(false)).beneficiaries();
	}

	@Tool(name = "searchCatalog", description = "Products of the marketplace matching a search text")
	public List<BankServices.Product> searchCatalog(
			@ToolParam(required = false, description = "words of the product; all products when absent") String query) {
		return tools(new ToolCalls(false)).searchCatalog(query);
	}

	@Tool(name = "quoteBenefits",
			description = "The benefits (cashback, points, months without interest) of buying one unit of a product")
	public AssistantTools.BenefitsView quoteBenefits(
			@ToolParam(description = "the product, by name or words") String product) {
		return tools(new ToolCalls(false)).quoteBenefits(product);
	}

	@Tool(name = "purchaseStatus", description = "A purchase's status, or the user's latest purchases")
	public List<BankServices.Purchase> purchaseStatus(@ToolParam(required = false,
			description = "the purchase's id; the latest purchases when absent") String purchaseId) {
		return tools(new ToolCalls(false)).purchaseStatus(purchaseId);
	}

	@Tool(name = "prepareTransfer", description = """
			Prepares a transfer to one of the user's beneficiaries, named by alias. It does NOT move money: the \
			user confirms it in the bank's chat page or with the confirm endpoint, with their own token.""")
	public Prepared<AssistantTools.TransferPreparation> prepareTransfer(
			@ToolParam(required = false, description = "who receives it, as the user said it") String alias,
			@ToolParam(required = false, description = "the amount in MXN, e.g. 1200.50") BigDecimal amount) {
		ToolCalls calls = new ToolCalls(false);
		return held(tools(calls).prepareTransfer(alias, amount), calls);
	}

	@Tool(name = "preparePurchase", description = """
			Prepares a purchase of a marketplace product. It does NOT buy: the user confirms it in the bank's chat \
			page or with the confirm endpoint, with their own token.""")
	public Prepared<AssistantTools.PurchasePreparation> preparePurchase(
			@ToolParam(description = "the product, by name or words") String product,
			@ToolParam(required = false, description = "how many; 1 when absent") Integer quantity) {
		ToolCalls calls = new ToolCalls(false);
		return held(tools(calls).preparePurchase(product, quantity), calls);
	}

	private <T> Prepared<T> held(T preparation, ToolCalls calls) {
		if (calls.prepared().isEmpty()) {
			return new Prepared<>(preparation, null, null, null);
		}
		PendingAction action = calls.prepared().get();
		ChatSession session = chats.hold(currentUser(), action);
		String path = "/v1/chat/sessions/" + session.sessionId() + "/actions/" + action.actionId() + "/confirm";
		return new Prepared<>(preparation, session.sessionId(), path,
				"Waiting for the user's confirmation: " + action.summary()
						+ " Only the user can confirm it, in the bank's chat page or by POST " + path
						+ " with their own token.");
	}

	private AssistantTools tools(ToolCalls calls) {
		return new AssistantTools(services, calls, clock);
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new IllegalStateException("An MCP tool ran without the caller's identity");
		}
		return authentication.getName();
	}

	/**
	 * A prepare tool's answer over MCP: the preparation, and where the action waits for
	 * the user when one was prepared.
	 */
	public record Prepared<T>(T preparation, String sessionId, String confirmPath, String instructions) {
	}

}
